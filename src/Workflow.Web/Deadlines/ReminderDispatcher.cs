using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

/// <summary>
/// Every Deadlines:PollInterval, sends the due reminder rows and the daily digests. Both are rows claimed or inserted
/// atomically in the database, not timers in memory, so they survive a restart and run once across instances (ADR 26).
/// </summary>
public sealed class ReminderDispatcher(
    IServiceScopeFactory scopes, IOptions<ReminderDispatchOptions> options, TimeProvider clock, ILogger<ReminderDispatcher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Reminder pass failed; retrying at the next interval");
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<DueReminders>();
        while (await reminders.SendBatchAsync(ct) == DueReminders.BatchSize)
        {
        }

        await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendAsync(ct);
    }
}
