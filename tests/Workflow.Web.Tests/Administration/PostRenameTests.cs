using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>A post's new title shows on memos still in route; a signed memo's publication keeps the titles it was signed with.</summary>
public abstract class PostRenameTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task RenameAsync(string key, string titleTh, string memoTitle)
    {
        var admin = await AdminAccounts.SignInAsync(app, "rename-admin");
        var post = (await admin.GetFromJsonAsync<PostView>($"/api/admin/posts/{key}", ApiClient.Json, Ct))!;
        using var response = await admin.PutAsJsonAsync($"/api/admin/posts/{key}",
            new { titleTh, post.TitleEn, memoTitle, post.MayReadRegister, post.Version }, Ct);
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, $"rename {key}");
    }

    [Fact]
    public async Task Renaming_a_post_shows_on_the_memo_page_the_inbox_and_the_notes_addressed_to_it_while_the_memo_is_in_route()
    {
        var id = await app.Api.MemoAtStepAsync(2);

        await RenameAsync("municipal-clerk", "ปลัดเทศบาล (ชื่อใหม่)", "ปลัดเทศบาลตำบลชื่อใหม่");

        var memo = await app.Api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("ปลัดเทศบาล (ชื่อใหม่)", memo.WaitingFor!.Th);
        var officeNote = Assert.Single(memo.History, h => h.ActedFor.Key == "head-clerk-office").MarginalNote;
        Assert.Equal("เรียน ปลัดเทศบาลตำบลชื่อใหม่", officeNote[0]);
        var inbox = await app.Api.GetAsync<List<InboxItem>>(Demo.Clerk, "/api/inbox");
        Assert.Equal("ปลัดเทศบาล (ชื่อใหม่)", Assert.Single(inbox, i => i.Id == id).WaitingFor.Th);
        var page = await (await CookieSession.SignInAsync(app, Demo.Legal)).GetStringAsync($"/memos/{id}", Ct);
        Assert.Contains("เรียน ปลัดเทศบาลตำบลชื่อใหม่", page);
    }

    [Fact]
    public async Task Renaming_a_post_never_changes_the_publication_of_a_memo_already_signed()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign", "อนุญาต");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id, Ct)), "the memo was not published");
        var publication = await app.ReadDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.DocumentId == id, Ct));
        var client = app.Api.CreateClient();
        var jsonBefore = await client.GetStringAsync($"/public/api/memos/{publication.Id}", Ct);

        // A marker of its own: the other test of this class may have renamed another post before this memo travelled.
        await RenameAsync("mayor", "นายกเทศมนตรี (หลังลงนาม)", "นายกเทศมนตรีตำบลหลังลงนาม");

        Assert.Equal(jsonBefore, await client.GetStringAsync($"/public/api/memos/{publication.Id}", Ct));
        var page = await client.GetStringAsync($"/public/memos/{publication.Id}", Ct);
        Assert.Contains("นายกเทศมนตรี", page);
        Assert.DoesNotContain("หลังลงนาม", page);
    }
}

/// <summary>PostRenameTests on SQLite (the default provider).</summary>
public sealed class PostRenameTests(WorkflowApp app) : PostRenameTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PostRenameTests on PostgreSQL (ADR 33).</summary>
public sealed class PostRenameOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PostRenameTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
