using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Workflow.Core.Deadlines;
using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>
/// Issue 11: a person the section head delegated the post to (ปฏิบัติราชการแทน) is told, as the holder is, when a memo
/// reaches the post and when its due time nears and passes. Its own host: the delegation would change who other
/// classes expect to be told.
/// </summary>
public abstract class DelegateReminderTestsBase(DeadlineWorkflowApp app)
{
    private const string Post = "section-head-admin";

    private static readonly string[] HolderAndDelegate = [Demo.Finance, Demo.Section];

    [Fact]
    public async Task Arrival_notifies_the_holder_and_the_delegate_when_the_memo_reaches_the_delegated_post()
    {
        await GivenTheSectionHeadDelegatedThePostAsync();

        var id = await app.Api.MemoAtStepAsync(0);

        await Notified.AwaitAsync(app, Demo.Finance, id, NotificationKind.Waiting);
        await Notified.AwaitAsync(app, Demo.Section, id, NotificationKind.Waiting);
        Assert.Equal(HolderAndDelegate, await Notified.RecipientsAsync(app, id, NotificationKind.Waiting));
    }

    [Fact]
    public async Task Due_soon_and_overdue_reminders_tell_the_holder_and_the_delegate_of_the_waiting_post()
    {
        await GivenTheSectionHeadDelegatedThePostAsync();
        var id = await app.Api.MemoAtStepAsync(0);

        app.MovePast((await app.PlannedAsync(id, ReminderKind.DueSoon)).At);
        await Notified.AwaitAsync(app, Demo.Finance, id, NotificationKind.DueSoon);
        app.MovePast((await app.PlannedAsync(id, ReminderKind.Overdue)).At);
        await Notified.AwaitAsync(app, Demo.Finance, id, NotificationKind.Overdue);

        Assert.Equal(HolderAndDelegate, await Notified.RecipientsAsync(app, id, NotificationKind.DueSoon));
        Assert.Equal(HolderAndDelegate, await Notified.RecipientsAsync(app, id, NotificationKind.Overdue));
    }

    /// <summary>From the host's today on, open-ended; given once per host (the second test finds it given).</summary>
    private async Task GivenTheSectionHeadDelegatedThePostAsync()
    {
        var section = await app.Api.LoginAsync(Demo.Section);
        var given = await section.GetStringAsync("/api/delegations", TestContext.Current.CancellationToken);
        if (given.Contains(Post, StringComparison.Ordinal))
            return;
        var today = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await section.PostAsJsonAsync("/api/delegations",
            new { userName = Demo.Finance, position = Post, from = today, to = (string?)null }, TestContext.Current.CancellationToken);
        await ApiClient.ExpectAsync(response, HttpStatusCode.Created, "delegate the section head's post");
    }
}

/// <summary>DelegateReminderTests on SQLite (the default provider).</summary>
public sealed class DelegateReminderTests(DeadlineWorkflowApp app) : DelegateReminderTestsBase(app), IClassFixture<DeadlineWorkflowApp>;

/// <summary>DelegateReminderTests on PostgreSQL (ADR 33).</summary>
public sealed class DelegateReminderOnPostgreSqlTests(OnPostgreSql<DeadlineWorkflowApp> db) : DelegateReminderTestsBase(db.App), IClassFixture<OnPostgreSql<DeadlineWorkflowApp>>;
