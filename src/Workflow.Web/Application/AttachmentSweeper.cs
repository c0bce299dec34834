using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Runs the attachment sweep at start-up and every <see cref="StorageOptions.SweepInterval"/>. A timer, not rows: the
/// sweep is idempotent housekeeping that any instance may run at any time, so there is nothing to claim.
/// </summary>
public sealed class AttachmentSweeper(AttachmentSweep sweep, IOptions<StorageOptions> options, TimeProvider clock, ILogger<AttachmentSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await sweep.SweepAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Attachment sweep failed; next try in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await WaitAsync(timer, stop));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
