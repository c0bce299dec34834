using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Secrets;

/// <summary>
/// A secret memo is signed and not published; its signer may declassify it with a reason, an audited action that then
/// publishes it the normal way, once (ADR 23).
/// </summary>
public abstract class DeclassificationTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(Guid Id, string Subject, Guid Attachment)> SignedSecretAsync() =>
        SecretMemos.CreateAsync(app, "declassify", MemoCase.Named("signed").Moves);

    [Fact]
    public async Task Signature_records_a_secret_memo_as_signed_and_does_not_publish_it()
    {
        var (id, _, _) = await SignedSecretAsync();
        var page = await (await SecretMemos.BrowserFor(app, Legal)).GetStringAsync($"/memos/{id}", Ct);

        Assert.True(await app.EventuallyAsync(db => db.Outbox.AllAsync(o => o.DocumentId != id || o.SentAt != null)), "The events were not sent.");
        Assert.Equal("Signed", (await app.Api.GetDocumentAsync(Legal, id)).Status);
        Assert.False(await app.ReadDbAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)));
        Assert.Contains("ลงนามแล้ว ไม่เผยแพร่ (ชั้นความลับ)", page);
    }

    [Fact]
    public async Task Declassify_publishes_the_memo_once_and_answers_409_when_pressed_again()
    {
        var (id, subject, _) = await SignedSecretAsync();

        using var first = await SecretMemos.DeclassifyAsync(app, Mayor, id);
        using var second = await SecretMemos.DeclassifyAsync(app, Mayor, id);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Problem.AssertAsync(second, HttpStatusCode.Conflict);
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The declassified memo was not published.");
        Assert.True(await app.EventuallyAsync(db => db.Outbox.AllAsync(o => o.DocumentId != id || o.SentAt != null)), "The events were not sent.");
        Assert.Equal(1, await app.ReadDbAsync(db => db.Publications.CountAsync(p => p.DocumentId == id)));
        Assert.Equal(Secrecy.None, await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Secrecy).SingleAsync()));
        Assert.Contains(subject, await app.Api.CreateClient().GetStringAsync("/public/feed.atom", Ct));
    }

    [Fact]
    public async Task Declassify_is_an_entry_of_the_memos_audit_chain_with_its_reason()
    {
        var (id, _, _) = await SignedSecretAsync();

        await ApiClient.ExpectAsync(await SecretMemos.DeclassifyAsync(app, Mayor, id), HttpStatusCode.OK, "declassify");

        var memo = await app.Api.GetDocumentAsync(Legal, id);
        var verified = await app.Api.GetAsync<AuditVerification>(Legal, $"/api/documents/{id}/audit/verify");
        var last = memo.History[^1];
        Assert.Equal(("Declassify", SecretMemos.Reason), (last.Action, last.Note));
        Assert.True(verified.Valid);
    }

    [Theory]
    [InlineData(Legal, HttpStatusCode.Forbidden)]
    [InlineData(Clerk, HttpStatusCode.Forbidden)]
    [InlineData(Finance, HttpStatusCode.NotFound)]
    [InlineData(SecretMemos.AdminName, HttpStatusCode.NotFound)]
    public async Task Declassify_refuses_whoever_did_not_sign_and_changes_nothing(string user, HttpStatusCode expected)
    {
        var (id, _, _) = await SignedSecretAsync();
        var before = await app.CountsAsync(id);

        using var response = await SecretMemos.DeclassifyAsync(app, user, id);

        await Problem.AssertAsync(response, expected);
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Declassify_answers_400_naming_reason_when_it_is_missing(string? reason)
    {
        var (id, _, _) = await SignedSecretAsync();
        var before = await app.CountsAsync(id);

        using var response = await SecretMemos.DeclassifyAsync(app, Mayor, id, reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Declassify_answers_400_naming_reason_when_it_is_too_long()
    {
        var (id, _, _) = await SignedSecretAsync();

        using var response = await SecretMemos.DeclassifyAsync(app, Mayor, id, new string('ก', Core.Engine.Declassification.MaxReasonLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Declassify_answers_409_for_a_secret_memo_not_yet_signed()
    {
        var (id, _, _) = await SecretMemos.CreateAsync(app, "at-mayor", MemoCase.Named("step-3").Moves);

        using var response = await SecretMemos.DeclassifyAsync(app, Mayor, id);

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Memo_page_offers_the_signer_a_declassify_button_that_publishes_the_memo()
    {
        var (id, _, _) = await SignedSecretAsync();
        var mayor = await PageSession.OpenAsync(app, Mayor);
        var page = await (await mayor.GetAsync($"/memos/{id}")).Content.ReadAsStringAsync(Ct);
        var author = await (await SecretMemos.BrowserFor(app, Legal)).GetStringAsync($"/memos/{id}", Ct);

        using var posted = await mayor.PostAsync($"/memos/{id}", new Dictionary<string, string>
        {
            ["Input.Action"] = "Declassify", ["Input.Note"] = SecretMemos.Reason,
        });

        Assert.Contains("data-testid=\"declassify\"", page);
        Assert.DoesNotContain("data-testid=\"declassify\"", author);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The declassified memo was not published.");
    }

    [Fact]
    public async Task Declassified_memos_attachment_is_served_on_the_public_site()
    {
        var (id, _, attachment) = await SignedSecretAsync();
        await ApiClient.ExpectAsync(await SecretMemos.DeclassifyAsync(app, Mayor, id), HttpStatusCode.OK, "declassify");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The declassified memo was not published.");
        var publication = await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.Id).SingleAsync());

        var file = await app.Api.CreateClient().GetByteArrayAsync($"/public/memos/{publication}/attachments/{attachment}", Ct);

        Assert.Equal(TestPdf.Small(), file);
    }
}

/// <summary>DeclassificationTests on SQLite (the default provider).</summary>
public sealed class DeclassificationTests(WorkflowApp app) : DeclassificationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>DeclassificationTests on PostgreSQL (ADR 33).</summary>
public sealed class DeclassificationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : DeclassificationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
