using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>Creating and editing people through the API and the pages, each change audited without secrets.</summary>
public abstract class PeopleTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "people-crud-admin");

    [Fact]
    public async Task Create_answers_201_with_the_name_as_a_memo_signs_it()
    {
        await PeopleApi.AddDepartmentAsync(app, "clerk-office", "สำนักปลัดเทศบาล");
        var admin = await AdminAsync();

        var person = await PeopleApi.CreateAsync(admin, "somchai.j", "clerk-office");

        Assert.Equal("จ.อ.สมชาย ใจดี", person.GetProperty("displayName").GetString());
        Assert.Equal("clerk-office", person.GetProperty("departmentKey").GetString());
        Assert.True(person.GetProperty("isActive").GetBoolean());
        Assert.False(person.GetProperty("hasPassword").GetBoolean());
        var audit = await PeopleApi.AuditAsync(app, person.GetProperty("id").GetString()!);
        Assert.Equal("Created", Assert.Single(audit).Action);
        Assert.Contains("จ.อ.สมชาย ใจดี", audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_answers_409_naming_userName_when_the_user_name_is_taken_in_any_case()
    {
        var admin = await AdminAsync();
        await PeopleApi.CreateAsync(admin, "taken.name");

        using var response = await admin.PostAsJsonAsync("/api/admin/people", PeopleApi.Person("Taken.Name"), Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "userName");
        Assert.Equal("user-name-taken", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("email", "not-an-address")]
    [InlineData("email", "somchai@")]
    [InlineData("userName", "สมชาย")]
    [InlineData("firstName", "")]
    [InlineData("departmentKey", "no-such-department")]
    public async Task Create_answers_400_naming_the_field_and_stores_nothing_when_it_is_invalid(string field, string value)
    {
        var admin = await AdminAsync();
        var body = JsonSerializer.SerializeToNode(PeopleApi.Person("invalid." + field), ApiClient.Json)!.AsObject();
        body[field] = value;
        var before = await app.ReadDbAsync(db => Task.FromResult(db.Users.Count()));

        using var response = await admin.PostAsJsonAsync("/api/admin/people", body, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.ReadDbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task Update_changes_the_person_and_answers_409_when_the_version_is_stale()
    {
        var admin = await AdminAsync();
        var created = await PeopleApi.CreateAsync(admin, "to.edit");
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();
        var edit = new { userName = "to.edit", namePrefix = "นางสาว", firstName = "พิมพ์ชนก", lastName = "ตัวอย่าง", personalTitle = "นิติกรชำนาญการ", version };

        using var first = await admin.PutAsJsonAsync($"/api/admin/people/{id}", edit, Ct);
        using var stale = await admin.PutAsJsonAsync($"/api/admin/people/{id}", edit with { }, Ct);

        var updated = await ApiClient.ReadAsync<JsonElement>(first, HttpStatusCode.OK);
        Assert.Equal("นางสาวพิมพ์ชนก ตัวอย่าง", updated.GetProperty("displayName").GetString());
        Assert.Equal(version + 1, updated.GetProperty("version").GetInt32());
        Assert.Equal("stale", (await Problem.AssertAsync(stale, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(["Created", "Updated"], (await PeopleApi.AuditAsync(app, id!)).Select(a => a.Action));
    }

    [Fact]
    public async Task List_finds_a_person_by_part_of_the_thai_name()
    {
        var admin = await AdminAsync();
        await PeopleApi.CreateAsync(admin, "list.search");

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/admin/people?q=" + Uri.EscapeDataString("ใจดี") + "&pageSize=200", Ct);

        Assert.Contains(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("userName").GetString() == "list.search");
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("userName").GetString() == Demo.Legal);
    }

    [Fact]
    public async Task Temporary_password_is_never_written_to_the_admin_audit()
    {
        var admin = await AdminAsync();
        var id = (await PeopleApi.CreateAsync(admin, "audit.secret")).GetProperty("id").GetString()!;

        await PeopleApi.SetPasswordAsync(admin, id);

        var audit = await PeopleApi.AuditAsync(app, id);
        Assert.Equal("PasswordSet", audit[^1].Action);
        Assert.All(audit, a => Assert.DoesNotContain(PeopleApi.TemporaryPassword, (a.Before ?? "") + a.After, StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain("AQAAAA", (a.Before ?? "") + a.After, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Temporary_password_that_breaks_the_rules_is_refused_naming_password()
    {
        var admin = await AdminAsync();
        var id = (await PeopleApi.CreateAsync(admin, "weak.password")).GetProperty("id").GetString()!;

        using var response = await PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/password", new { password = "short" });

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "password");
    }

    [Fact]
    public async Task New_person_page_creates_the_person_and_opens_their_page()
    {
        await AdminAccounts.SignInAsync(app, "people-page-writer");
        var browser = await CopiedBrowser.SignInAsync(app, "people-page-writer", AdminAccounts.Password);

        using var posted = await browser.PostFormAsync("/admin/people/new", "/admin/people/new", new()
        {
            ["Input.UserName"] = "page.created",
            ["Input.NamePrefix"] = "ว่าที่ร้อยตรี",
            ["Input.FirstName"] = "อนุชา",
            ["Input.LastName"] = "รักษาการ",
            ["Input.PersonalTitle"] = "เจ้าพนักงานธุรการชำนาญงาน",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var page = await browser.GetAsync(posted.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("ว่าที่ร้อยตรีอนุชา รักษาการ", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"admin-history\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_person_page_answers_409_with_the_message_when_the_user_name_is_taken()
    {
        await AdminAccounts.SignInAsync(app, "people-page-dup");
        var browser = await CopiedBrowser.SignInAsync(app, "people-page-dup", AdminAccounts.Password);

        using var posted = await browser.PostFormAsync("/admin/people/new", "/admin/people/new", new()
        {
            ["Input.UserName"] = Demo.Legal,
            ["Input.FirstName"] = "ซ้ำ",
            ["Input.LastName"] = "ชื่อผู้ใช้",
        });

        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains("ชื่อผู้ใช้นี้มีผู้ใช้แล้ว", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

/// <summary>PeopleTests on SQLite (the default provider).</summary>
public sealed class PeopleTests(WorkflowApp app) : PeopleTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PeopleTests on PostgreSQL (ADR 33).</summary>
public sealed class PeopleOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PeopleTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
