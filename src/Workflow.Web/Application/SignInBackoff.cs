using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Failed password checks counted per account name and client address (ADR 9), in the database (<see cref="SignInFailure"/>),
/// so that every instance counts the same failures (ADR 33). After <see cref="SignInLimitsOptions.FreeFailures"/> failures
/// each further one makes that pair wait, twice as long each time up to <see cref="SignInLimitsOptions.MaxDelay"/>; other
/// addresses, and so the real user at their own desk, are not affected. Names without an account are counted the same
/// way, so the answers do not tell which names exist (ADR 8). A pair is forgotten an hour after its last failure ended
/// its wait; the forgotten rows are swept on write, at most once a minute per instance.
/// </summary>
public sealed class SignInBackoff(IServiceScopeFactory scopes, IOptions<SignInLimitsOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private long _lastSweepTicks;

    private DateTimeOffset ForgetBefore(DateTimeOffset now) => now - Memory - options.Value.MaxDelay;

    /// <summary>How long this pair must still wait before its next password check, or null when it may try now.</summary>
    public async Task<TimeSpan?> WaitAsync(string normalizedName, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var left = (await ReadAsync(normalizedName, address, now, ct))?.WaitUntil - now;
        return left > TimeSpan.Zero ? left : null;
    }

    /// <summary>The failures counted for this pair and not yet forgotten or cleared by a right password.</summary>
    public async Task<int> FailuresAsync(string normalizedName, string address, CancellationToken ct = default) =>
        (await ReadAsync(normalizedName, address, clock.GetUtcNow(), ct))?.Failures ?? 0;

    /// <summary>Counts one failure: one atomic upsert, so failures on several instances at once are all counted.</summary>
    public async Task FailedAsync(string normalizedName, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var key = Key(normalizedName, address);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            var failures = (await db.Database.SqlQueryRaw<int>("""
                INSERT INTO "SignInFailures" ("Key", "Failures", "WaitUntil", "LastFailureAt") VALUES ({0}, 1, 0, {1})
                ON CONFLICT ("Key") DO UPDATE SET
                  "Failures" = CASE WHEN "SignInFailures"."LastFailureAt" < {2} THEN 1 ELSE "SignInFailures"."Failures" + 1 END,
                  "WaitUntil" = CASE WHEN "SignInFailures"."LastFailureAt" < {2} THEN 0 ELSE "SignInFailures"."WaitUntil" END,
                  "LastFailureAt" = {1}
                RETURNING "Failures" AS "Value"
                """, key, now.UtcTicks, ForgetBefore(now).UtcTicks).ToListAsync(ct)).Single();
            var beyond = failures - options.Value.FreeFailures;
            if (beyond > 0)
            {
                var until = now + Delay(beyond);
                await db.SignInFailures.Where(f => f.Key == key && f.WaitUntil < until)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.WaitUntil, until), ct);
            }

            await SweepAsync(db, now, ct);
        }
    }

    public async Task SucceededAsync(string normalizedName, string address, CancellationToken ct = default)
    {
        var key = Key(normalizedName, address);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        using (await SqliteWriteGate.EnterAsync(db, ct))
            await db.SignInFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>The wait after the n-th failure beyond the free ones: FirstDelay × 2^(n−1), at most MaxDelay.</summary>
    public TimeSpan Delay(int beyond)
    {
        var o = options.Value;
        var ticks = beyond > 40 ? long.MaxValue : o.FirstDelay.Ticks * Math.Pow(2, beyond - 1);
        return ticks >= o.MaxDelay.Ticks ? o.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private async Task<SignInFailure?> ReadAsync(string normalizedName, string address, DateTimeOffset now, CancellationToken ct)
    {
        var key = Key(normalizedName, address);
        var forgetBefore = ForgetBefore(now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        return await db.SignInFailures.AsNoTracking().Where(f => f.Key == key && f.LastFailureAt >= forgetBefore)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Forgets the pairs whose hour is over; cheap, and rare enough not to cost a failed sign-in anything.</summary>
    private async Task SweepAsync(WorkflowDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < SweepEvery.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
            return;
        var forgetBefore = ForgetBefore(now);
        await db.SignInFailures.Where(f => f.LastFailureAt < forgetBefore).ExecuteDeleteAsync(ct);
    }

    /// <summary>SHA-256 of the pair, so the table holds no account names or addresses in clear.</summary>
    private static string Key(string normalizedName, string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedName + "\n" + address)));
}
