using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Public;

/// <summary>
/// Tries again, every <see cref="PublicationOptions.RetryInterval"/>, each signed memo still unpublished a while after
/// its signature (its event was consumed but the seal could not be made, or a delivery failed for good). The
/// publisher's unique index keeps it to one publication whatever runs at the same time, here or in another instance.
/// </summary>
public sealed class PublicationRetry(IServiceScopeFactory scopes, IOptions<PublicationOptions> options, TimeProvider clock,
    ILogger<PublicationRetry> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetryInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RetryAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Trying waiting publications again failed; next try in {Interval}", options.Value.RetryInterval);
            }
        }
    }

    public async Task<int> RetryAsync(CancellationToken ct)
    {
        // Younger ones are most likely still in their consumer: leave them to it.
        var before = clock.GetUtcNow() - options.Value.RetryInterval;
        List<Guid> waiting;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            waiting = await WaitingPublications.In(db).Where(d => d.UpdatedAt < before).OrderBy(d => d.UpdatedAt)
                .Select(d => d.Id).Take(100).ToListAsync(ct);
        }

        foreach (var id in waiting)
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DocumentPublisher>().PublishAsync(id, "retry", ct);
        }

        return waiting.Count;
    }
}
