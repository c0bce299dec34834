using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Core.Deadlines;
using Workflow.Web.Data;
using Workflow.Web.Deadlines;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Notifications;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>
/// The host on a clock the test moves, its reminder dispatcher looking every 200 ms: a test moves the clock past a
/// planned reminder and waits for what it sends. The clock only moves forward, from the moment a memo was planned.
/// </summary>
public class DeadlineWorkflowApp : ClockedWorkflowApp
{
    public DeadlineWorkflowApp() => Settings["Deadlines:PollInterval"] = "00:00:00.200";

    /// <summary>A second host on this one's database, both dispatchers running (call before either host is used).</summary>
    public DeadlineWorkflowApp SharingDatabaseWith(DeadlineWorkflowApp first)
    {
        ShareDatabaseOf(first);
        return this;
    }

    /// <summary>Sends e-mail to the SMTP server on loopback at <paramref name="port"/> (call before the host is used).</summary>
    public DeadlineWorkflowApp MailingTo(int port)
    {
        MailWorkflowApp.UseSmtp(Settings, port);
        return this;
    }

    /// <summary>The memo's first unsent planned reminder of a kind.</summary>
    public Task<Reminder> PlannedAsync(Guid documentId, ReminderKind kind) =>
        ReadDbAsync(db => db.Reminders.AsNoTracking().Where(r => r.DocumentId == documentId && r.Kind == kind && r.SentAt == null)
            .OrderBy(r => r.At).FirstAsync(TestContext.Current.CancellationToken));

    /// <summary>Moves the clock just past an instant, so that what was due then is due now.</summary>
    public void MovePast(DateTimeOffset at) => SetClock(at.AddSeconds(1));

    /// <summary>
    /// The next digest moment after today's (a host started after today's digest time gives today's at once), and its
    /// local day, as the host's calendar and the default digest time have it.
    /// </summary>
    public async Task<(DateTimeOffset At, DateOnly Day)> NextDigestAsync()
    {
        var calendar = await ReadDbAsync(db => Services.GetRequiredService<WorkCalendars>().LoadAsync(db, TestContext.Current.CancellationToken));
        var at = new ReminderPlanner(calendar, ReminderSettings.Default).NextDigest(Clock.GetUtcNow(), calendar.LocalDay(Clock.GetUtcNow()));
        return (at, calendar.LocalDay(at));
    }
}
