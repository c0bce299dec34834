using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>The author's signature block prints their own title (นิติกรชำนาญการ), and memos and snapshots from before still show.</summary>
public abstract class SignatureBlockTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task ExecuteAsync(string sql, params object[] values) => Assert.Equal(1, await RawSql.ExecuteAsync(app, sql, values));

    [Fact]
    public async Task Memo_keeps_the_authors_personal_title_for_the_signature_block_when_it_is_created()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;

        Assert.Equal("นิติกรชำนาญการ", (await app.Api.GetDocumentAsync(Demo.Legal, id)).AuthorTitle);
        Assert.Equal("นิติกรชำนาญการ", await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.AuthorTitle).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Memo_written_before_personal_titles_were_kept_signs_with_the_authors_post()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;

        await ExecuteAsync("""UPDATE "Documents" SET "AuthorTitle" = NULL WHERE "Id" = {0}""", id);

        Assert.Equal("นิติกร", (await app.Api.GetDocumentAsync(Demo.Legal, id)).AuthorTitle);
    }

    [Fact]
    public async Task Public_page_shows_a_snapshot_published_before_titles_and_orders_were_kept()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id, Ct)), "not published within 10 s");
        var publication = await app.ReadDbAsync(db => db.Publications.SingleAsync(p => p.DocumentId == id, Ct));
        var old = JsonNode.Parse(publication.Snapshot)!.AsObject();
        old.Remove("authorTitle");
        foreach (var action in old["chain"]!.AsArray())
        {
            foreach (var field in new[] { "personalTitle", "positionMemoTitle", "orderNumber" })
                action!.AsObject().Remove(field);
        }

        await ExecuteAsync("""UPDATE "Publications" SET "Snapshot" = {1} WHERE "DocumentId" = {0}""", id, old.ToJsonString(SnapshotBuilder.Json));

        using var page = await app.Api.CreateClient().GetAsync(PublicSite.UrlOf(publication.Id), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<p>นิติกร</p>", html);
        Assert.Contains("(นายมานพ ใจสาธิต)", html);
    }
}

/// <summary>SignatureBlockTests on SQLite (the default provider).</summary>
public sealed class SignatureBlockTests(WorkflowApp app) : SignatureBlockTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>SignatureBlockTests on PostgreSQL (ADR 33).</summary>
public sealed class SignatureBlockOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : SignatureBlockTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
