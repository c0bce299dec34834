using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>The /admin/posts forms: the API's rules and audit, with the messages in the interface language.</summary>
public abstract class PostPageTestsBase(WorkflowApp app)
{
    private const string AdminName = "posts-page-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        await AdminAccounts.SignInAsync(app, AdminName);
        return await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, Dictionary<string, string> fields, string? action = null)
    {
        fields["__RequestVerificationToken"] = await CookieSession.TokenAsync(browser, page);
        return await browser.PostAsync(action ?? page, new FormUrlEncodedContent(fields), Ct);
    }

    [Fact]
    public async Task New_post_form_creates_the_post_and_its_edit_page_shows_the_history()
    {
        var browser = await AdminAsync();

        using var created = await PostFormAsync(browser, "/admin/posts/new", new()
        {
            ["Input.Key"] = "works-director", ["Input.TitleTh"] = "ผู้อำนวยการกองช่าง", ["Input.TitleEn"] = "Director of the Works Division",
            ["Input.MemoTitle"] = "ผู้อำนวยการกองช่าง", ["Input.MayReadRegister"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/posts/works-director/edit?done=created", created.Headers.Location!.OriginalString);
        Assert.True((await app.ReadDbAsync(db => db.Posts.SingleAsync(p => p.Key == "works-director"))).MayReadRegister);
        var edit = await browser.GetStringAsync("/admin/posts/works-director/edit", Ct);
        Assert.Contains("data-testid=\"admin-history\"", edit);
        Assert.Contains("ผู้ดูแลระบบ", edit);
    }

    [Fact]
    public async Task New_post_form_answers_400_with_the_thai_message_next_to_the_key_when_it_is_not_a_route_key()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "/admin/posts/new", new()
        {
            ["Input.Key"] = "Works Director", ["Input.TitleTh"] = "ผู้อำนวยการกองช่าง", ["Input.TitleEn"] = "Director", ["Input.MemoTitle"] = "ผู้อำนวยการกองช่าง",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ใช้ได้เฉพาะตัวอักษร a–z", await response.Content.ReadAsStringAsync(Ct));
        Assert.False(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "Works Director")));
    }

    [Fact]
    public async Task Edit_form_answers_409_and_keeps_the_title_when_the_version_is_stale()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "/admin/posts/finance-officer/edit", new()
        {
            ["Input.TitleTh"] = "นักวิชาการเงิน", ["Input.TitleEn"] = "Finance", ["Input.MemoTitle"] = "นักวิชาการเงิน", ["Input.Version"] = "99",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("มีผู้แก้ไขตำแหน่งนี้ไปก่อนแล้ว", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("นักวิชาการเงินและบัญชี", (await app.ReadDbAsync(db => db.Posts.SingleAsync(p => p.Key == "finance-officer"))).TitleTh);
    }

    [Fact]
    public async Task Delete_button_answers_409_and_keeps_a_post_a_route_names()
    {
        var browser = await AdminAsync();

        using var response = await PostFormAsync(browser, "/admin/posts/mayor/edit", new() { ["Input.Version"] = "0" }, "/admin/posts/mayor/edit?handler=Delete");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.True(await app.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == "mayor")));
    }
}

/// <summary>PostPageTests on SQLite (the default provider).</summary>
public sealed class PostPageTests(WorkflowApp app) : PostPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PostPageTests on PostgreSQL (ADR 33).</summary>
public sealed class PostPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PostPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
