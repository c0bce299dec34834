using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Messaging;
using Workflow.Web.Options;

namespace Workflow.Web.Notifications;

/// <summary>
/// Sends the mail outbox: claims due rows with one UPDATE (so two instances never take the same row), sends them,
/// marks them sent, and after an SMTP failure puts them back with a doubling delay. A claim lapses after ten
/// minutes, so the rows of an instance that died while sending are sent by another.
/// </summary>
public sealed class MailSender(
    IServiceScopeFactory scopes, [FromKeyedServices(NotificationsSetup.MailSignal)] OutboxSignal signal,
    IOptions<MailOptions> options, TimeProvider clock, ILogger<MailSender> log) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendBatchAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Mail outbox pass failed; retrying at the next interval");
            }

            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var token = Guid.NewGuid();
        var now = clock.GetUtcNow();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            // Values are parameters ({0}…); only the provider's fixed lock clause is spliced in.
            var claim = $$"""
                UPDATE "MailOutbox" SET "ClaimToken" = {0}, "ClaimedUntil" = {1}
                WHERE "Id" IN (SELECT "Id" FROM "MailOutbox"
                               WHERE "SentAt" IS NULL AND "DueAt" <= {2} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {2})
                               ORDER BY "Id" LIMIT {3}{{db.Database.SkipLocked()}})
                """;
            await db.Database.ExecuteSqlRawAsync(claim, [db.Database.Id(token), (now + ClaimFor).UtcTicks, now.UtcTicks, BatchSize], ct);
        }

        var claimed = await db.MailOutbox.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(ct);
        if (claimed.Count == 0)
            return 0;
        var results = await scope.ServiceProvider.GetRequiredService<SmtpMailTransport>().SendAsync(claimed, ct);
        for (var i = 0; i < claimed.Count; i++)
            await RecordAsync(db, claimed[i], token, results[i], ct);
        return claimed.Count;
    }

    private async Task RecordAsync(WorkflowDbContext db, MailOutboxEntry mail, Guid token, string? failure, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var mine = db.MailOutbox.Where(m => m.Id == mail.Id && m.ClaimToken == token);
        var due = now + Backoff(mail.Attempts + 1);
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            if (failure is null)
            {
                await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
                log.LogInformation("Mail {MailId} of event {EventId} sent", mail.Id, mail.EventId);
                return;
            }

            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, due).SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, failure)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        }

        log.LogWarning("Mail {MailId} of event {EventId} not sent (attempt {Attempt}): {Failure}; next try at {DueAt}",
            mail.Id, mail.EventId, mail.Attempts + 1, failure, due);
    }

    private TimeSpan Backoff(int attempts)
    {
        var wait = options.Value.RetryAfter * Math.Pow(2, Math.Min(attempts - 1, 20));
        return wait < LongestRetry ? wait : LongestRetry;
    }
}
