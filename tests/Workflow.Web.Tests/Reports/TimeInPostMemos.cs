using System.Net;
using Workflow.Web.Application;
using Workflow.Web.Tests.Classes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Reports;

/// <summary>
/// Memos acted on at times the test sets, once per host, then the clock at <see cref="Now"/> (20 March 2027, Bangkok).
/// In the last 30 days the section head waited 2, 3, 6 and 10 hours, the clerk's office 4, 8 and 12, the clerk 24,
/// the mayor 48, the author (after a return) 1; one memo waits overdue at the clerk, one (older) at the clerk's office.
/// A secret memo waited 100 hours at the section head and waits overdue at the clerk: it must be in no figure.
/// </summary>
public sealed class TimeInPostMemos(ClockedWorkflowApp app)
{
    public static readonly DateTimeOffset Now = new(2027, 3, 20, 3, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Old = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset March = new(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    public async Task EnsureAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (!_done)
                await ActAsync();
            _done = true;
        }
        finally
        {
            _once.Release();
        }

        app.SetClock(Now);
    }

    private async Task ActAsync()
    {
        // Outside 30 and 90 days, inside 365: waits at the clerk's office since 3 December 2026 (overdue now).
        await RunAsync(Old, null, (Demo.Legal, "submit", 0), (Demo.Section, "endorse", 50));
        // Signed: every post on the way.
        await RunAsync(March, null, (Demo.Legal, "submit", 0), (Demo.Section, "endorse", 2), (Demo.Office, "endorse", 4),
            (Demo.Clerk, "endorse", 24), (Demo.Mayor, "sign", 48));
        // Returned by the office, resubmitted, now overdue at the clerk.
        await RunAsync(March.AddDays(3), null, (Demo.Legal, "submit", 0), (Demo.Section, "endorse", 6), (Demo.Office, "return", 8),
            (Demo.Legal, "submit", 1), (Demo.Section, "endorse", 10), (Demo.Office, "endorse", 12));
        // Refused by the section head.
        await RunAsync(March.AddDays(8), null, (Demo.Legal, "submit", 0), (Demo.Section, "refuse", 3));
        // Secret: in no figure, though it waited longest and is overdue at the clerk.
        await RunAsync(March.AddDays(9), "confidential", (Demo.Legal, "submit", 0), (Demo.Section, "endorse", 100), (Demo.Office, "endorse", 1));
    }

    private async Task RunAsync(DateTimeOffset start, string? secrecy, params (string User, string Action, int AfterHours)[] steps)
    {
        app.SetClock(start);
        Guid id;
        using (var created = await ClassDrafts.PostAsync(app, ClassDrafts.Body(secrecy: secrecy)))
            id = (await ApiClient.ReadAsync<DocumentView>(created, HttpStatusCode.Created)).Id;
        var at = start;
        foreach (var (user, action, hours) in steps)
        {
            at = at.AddHours(hours);
            app.SetClock(at);
            await app.Api.ActOkAsync(user, id, action, action is "return" or "refuse" ? "ขอให้แก้ไขตามที่แจ้ง" : null);
        }
    }
}
