using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>/api/admin/posts: the catalogue seeded from positions.json, then kept by the administrator, every change audited.</summary>
public abstract class PostApiTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "posts-admin");

    private static object NewPost(string key, string th = "หัวหน้าฝ่ายโยธา", string en = "Head of the Works Section") =>
        new { key, titleTh = th, titleEn = en, memoTitle = th + "เทศบาลตำบลโชคชัย", mayReadRegister = false };

    private async Task<PostView> CreateAsync(HttpClient admin, string key)
    {
        using var response = await admin.PostAsJsonAsync("/api/admin/posts", NewPost(key), Ct);
        return await ApiClient.ReadAsync<PostView>(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task List_answers_the_posts_of_positions_json_with_the_routes_that_name_them_on_a_new_database()
    {
        var posts = await (await AdminAsync()).GetFromJsonAsync<List<PostView>>("/api/admin/posts", ApiClient.Json, Ct);

        var clerk = Assert.Single(posts!, p => p.Key == "municipal-clerk");
        Assert.Equal("ปลัดเทศบาล", clerk.TitleTh);
        Assert.Equal(["finance-approval", "memo-approval"], clerk.Routes);
        Assert.Superset(new HashSet<string> { "legal-officer", "section-head-admin", "head-clerk-office", "municipal-clerk", "mayor", "finance-officer", "finance-director" },
            posts!.Select(p => p.Key).ToHashSet());
    }

    [Fact]
    public async Task Create_adds_the_post_audited_with_the_administrator_as_actor()
    {
        var admin = await AdminAsync();

        var created = await CreateAsync(admin, "works-head");

        Assert.Equal(("หัวหน้าฝ่ายโยธา", 0, 0), (created.TitleTh, created.Version, created.Routes.Count));
        var history = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/audit?kind=Post&id=works-head", Ct);
        var line = Assert.Single(history!);
        Assert.Equal(("Created", "ผู้ดูแลระบบ"), (line.GetProperty("action").GetString(), line.GetProperty("actorName").GetString()));
        Assert.Equal(JsonValueKind.Null, line.GetProperty("before").ValueKind);
        using var after = JsonDocument.Parse(line.GetProperty("after").GetString()!);
        Assert.Equal("หัวหน้าฝ่ายโยธาเทศบาลตำบลโชคชัย", after.RootElement.GetProperty("memoTitle").GetString());
    }

    [Fact]
    public async Task Create_answers_409_naming_key_and_changes_nothing_when_the_key_exists()
    {
        var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/admin/posts", NewPost("mayor", "อื่น", "Other"), Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "key");
        Assert.Equal("post-exists", problem.GetProperty("code").GetString());
        Assert.Equal("นายกเทศมนตรี", (await app.ReadDbAsync(db => db.Posts.SingleAsync(p => p.Key == "mayor"))).TitleTh);
    }

    [Theory]
    [InlineData("Works Head", "key")]
    [InlineData("9-works", "key")]
    [InlineData("w", "key")]
    [InlineData(null, "key")]
    public async Task Create_answers_400_naming_the_key_when_it_is_not_a_route_key(string? key, string field)
    {
        var admin = await AdminAsync();
        var before = await app.ReadDbAsync(db => db.Posts.CountAsync());

        using var response = await admin.PostAsJsonAsync("/api/admin/posts", NewPost(key!), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.ReadDbAsync(db => db.Posts.CountAsync()));
    }

    [Theory]
    [InlineData("titleTh", "<b>หัวหน้า</b>")]
    [InlineData("titleEn", "")]
    [InlineData("memoTitle", "\u200B")]
    public async Task Create_answers_400_naming_the_title_when_it_is_missing_or_not_plain_text(string field, string value)
    {
        var body = JsonSerializer.SerializeToNode(NewPost("bad-title-post"), ApiClient.Json)!.AsObject();
        body[field] = value;

        using var response = await (await AdminAsync()).PostAsJsonAsync("/api/admin/posts", body, Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.DoesNotContain("Validation.", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.False(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "bad-title-post")));
    }

    [Fact]
    public async Task Update_changes_the_titles_and_answers_409_when_the_version_sent_is_stale()
    {
        var admin = await AdminAsync();
        var post = await CreateAsync(admin, "stale-post");
        var change = new { titleTh = "หัวหน้าฝ่ายแผนงาน", titleEn = "Head of Planning", memoTitle = "หัวหน้าฝ่ายแผนงาน", mayReadRegister = true, version = post.Version };

        using var first = await admin.PutAsJsonAsync("/api/admin/posts/stale-post", change, Ct);
        using var second = await admin.PutAsJsonAsync("/api/admin/posts/stale-post", change with { titleTh = "อื่น" }, Ct);

        var updated = await ApiClient.ReadAsync<PostView>(first, HttpStatusCode.OK);
        Assert.Equal(("หัวหน้าฝ่ายแผนงาน", true, post.Version + 1), (updated.TitleTh, updated.MayReadRegister, updated.Version));
        await Problem.AssertFieldAsync(second, HttpStatusCode.Conflict, "version");
        Assert.Equal("หัวหน้าฝ่ายแผนงาน", (await app.ReadDbAsync(db => db.Posts.SingleAsync(p => p.Key == "stale-post"))).TitleTh);
    }

    [Fact]
    public async Task Update_answers_400_and_keeps_the_key_when_the_body_names_another_key()
    {
        var admin = await AdminAsync();
        var post = await CreateAsync(admin, "fixed-key");

        using var response = await admin.PutAsJsonAsync("/api/admin/posts/fixed-key",
            new { key = "other-key", titleTh = "ก", titleEn = "K", memoTitle = "ก", version = post.Version }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "key");
        Assert.False(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "other-key")));
    }

    [Fact]
    public async Task Update_answers_404_when_the_post_does_not_exist()
    {
        using var response = await (await AdminAsync()).PutAsJsonAsync("/api/admin/posts/no-such-post",
            new { titleTh = "ก", titleEn = "K", memoTitle = "ก", version = 0 }, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_shows_the_new_title_at_once_where_the_post_is_shown()
    {
        var admin = await AdminAsync();
        var director = (await admin.GetFromJsonAsync<PostView>("/api/admin/posts/finance-director", ApiClient.Json, Ct))!;

        using var response = await admin.PutAsJsonAsync("/api/admin/posts/finance-director",
            new { titleTh = "ผู้อำนวยการกองคลัง (ใหม่)", titleEn = director.TitleEn, memoTitle = director.MemoTitle, version = director.Version }, Ct);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "update");
        var me = await app.Api.GetAsync<JsonElement>(Demo.Director, "/api/me");
        Assert.Equal("ผู้อำนวยการกองคลัง (ใหม่)", me.GetProperty("positions")[0].GetProperty("position").GetProperty("th").GetString());
    }

    [Fact]
    public async Task Delete_removes_a_post_nothing_names_and_keeps_its_history()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "typo-post");

        using var response = await admin.DeleteAsync("/api/admin/posts/typo-post", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "typo-post")));
        var history = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/audit?kind=Post&id=typo-post", Ct);
        Assert.Equal(["Deleted", "Created"], history!.Select(h => h.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("mayor")]
    [InlineData("legal-officer")]
    public async Task Delete_answers_409_and_keeps_the_post_when_a_route_names_it(string key)
    {
        using var response = await (await AdminAsync()).DeleteAsync($"/api/admin/posts/{key}", Ct);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("post-in-use", problem.GetProperty("code").GetString());
        Assert.True(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == key)));
    }

    [Fact]
    public async Task Delete_answers_409_when_an_assignment_names_the_post()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "assigned-post");
        await app.ReadDbAsync(async db =>
        {
            var legal = await db.Users.SingleAsync(u => u.UserName == Demo.Legal);
            db.Assignments.Add(new Web.Data.PostAssignment
            {
                Id = Guid.CreateVersion7(), UserId = legal.Id, Position = "assigned-post", From = new DateOnly(2020, 1, 1), CreatedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        using var response = await admin.DeleteAsync("/api/admin/posts/assigned-post", Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.True(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "assigned-post")));
    }
}

/// <summary>PostApiTests on SQLite (the default provider).</summary>
public sealed class PostApiTests(WorkflowApp app) : PostApiTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PostApiTests on PostgreSQL (ADR 33).</summary>
public sealed class PostApiOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PostApiTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
