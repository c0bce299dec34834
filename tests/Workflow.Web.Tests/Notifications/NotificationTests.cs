using System.Net;
using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>Who is told what over the in-app list, through whole routes against the real host (e-mail off).</summary>
public abstract class NotificationTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submission_notifies_the_holder_of_the_first_post_when_the_memo_reaches_it()
    {
        var id = await _api.MemoAtStepAsync(0);

        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        Assert.Equal([Demo.Section], await Notified.RecipientsAsync(app, id, NotificationKind.Waiting));
    }

    [Fact]
    public async Task Endorsement_notifies_the_holder_and_the_acting_holder_when_the_next_post_has_both()
    {
        var id = await _api.MemoAtStepAsync(1);

        await Notified.AwaitAsync(app, Demo.Office, id, NotificationKind.Waiting);
        await Notified.AwaitAsync(app, Demo.Deputy, id, NotificationKind.Waiting);
        Assert.Equal([Demo.Deputy, Demo.Office, Demo.Section], await Notified.RecipientsAsync(app, id, NotificationKind.Waiting));
    }

    [Fact]
    public async Task Return_notifies_the_author_when_an_approver_sends_the_memo_back()
    {
        var id = (await _api.CreateDraftAsync(subject: "ขอความเห็นชอบแผนการตรวจสอบภายใน")).Id;
        await _api.ActOkAsync(Demo.Legal, id, "submit");

        await _api.ActOkAsync(Demo.Section, id, "return", "แนบรายงานฉบับสมบูรณ์");

        await Notified.AwaitAsync(app, Demo.Legal, id, NotificationKind.Returned);
        var mine = (await Notified.ListAsync(app, Demo.Legal)).Items.Single(n => n.DocumentId == id);
        Assert.Equal("Returned", mine.Kind);
        Assert.Equal("ขอความเห็นชอบแผนการตรวจสอบภายใน", mine.Subject);
        Assert.Equal($"/memos/{id}", mine.Link);
    }

    [Fact]
    public async Task Signature_notifies_the_author_of_signing_and_of_publication_when_the_mayor_signs()
    {
        var id = await SignedMemos.SignAsync(_api);

        await Notified.AwaitAsync(app, Demo.Legal, id, NotificationKind.Signed);
        await Notified.AwaitAsync(app, Demo.Legal, id, NotificationKind.Published);
    }

    [Fact]
    public async Task Marking_read_answers_not_found_when_the_notification_is_another_persons()
    {
        var id = await _api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        var theirs = (await Notified.ListAsync(app, Demo.Section)).Items.First(n => n.DocumentId == id);

        var office = await _api.LoginAsync(Demo.Office);
        using var response = await office.PostAsync($"/api/notifications/{theirs.Id}/read", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain((await Notified.ListAsync(app, Demo.Office)).Items, n => n.Id == theirs.Id);
        Assert.Null((await Notified.ListAsync(app, Demo.Section)).Items.Single(n => n.Id == theirs.Id).ReadAt);
    }

    [Fact]
    public async Task Marking_one_read_lowers_the_unread_count_by_one_when_it_was_unread()
    {
        var id = await _api.MemoAtStepAsync(0);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        var before = await Notified.ListAsync(app, Demo.Section);
        var mine = before.Items.First(n => n.DocumentId == id);

        var section = await _api.LoginAsync(Demo.Section);
        using var response = await section.PostAsync($"/api/notifications/{mine.Id}/read", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = await Notified.ListAsync(app, Demo.Section);
        Assert.Equal(before.Unread - 1, after.Unread);
        Assert.NotNull(after.Items.Single(n => n.Id == mine.Id).ReadAt);
    }
}

/// <summary>NotificationTests on SQLite (the default provider).</summary>
public sealed class NotificationTests(WorkflowApp app) : NotificationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>NotificationTests on PostgreSQL (ADR 33).</summary>
public sealed class NotificationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : NotificationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
