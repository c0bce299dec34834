using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Failed password checks counted per account name and client address, in memory (ADR 9). After
/// <see cref="SignInLimitsOptions.FreeFailures"/> failures each further one makes that pair wait, twice as long each time up
/// to <see cref="SignInLimitsOptions.MaxDelay"/>; other addresses, and so the real user at their own desk, are not affected.
/// Names without an account are counted the same way, so the answers do not tell which names exist (ADR 8).
/// Bounded: at most <see cref="Capacity"/> pairs, each forgotten an hour after its last failure.
/// </summary>
public sealed class SignInBackoff(IOptions<SignInLimitsOptions> options, TimeProvider clock) : IDisposable
{
    public const int Capacity = 100_000;

    private readonly MemoryCache _pairs = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private sealed class Entry
    {
        public int Failures;
        public DateTimeOffset WaitUntil;
    }

    /// <summary>How long this pair must still wait before its next password check, or null when it may try now.</summary>
    public TimeSpan? Wait(string normalizedName, string address)
    {
        if (!_pairs.TryGetValue(Key(normalizedName, address), out Entry? entry) || entry is null)
            return null;
        lock (entry)
        {
            var left = entry.WaitUntil - clock.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    /// <summary>The failures counted for this pair and not yet forgotten or cleared by a right password.</summary>
    public int Failures(string normalizedName, string address)
    {
        if (!_pairs.TryGetValue(Key(normalizedName, address), out Entry? entry) || entry is null)
            return 0;
        lock (entry)
            return entry.Failures;
    }

    public void Failed(string normalizedName, string address)
    {
        var entry = _pairs.GetOrCreate(Key(normalizedName, address), e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromHours(1) + options.Value.MaxDelay;
            return new Entry();
        })!;
        lock (entry)
        {
            var beyond = ++entry.Failures - options.Value.FreeFailures;
            if (beyond > 0)
                entry.WaitUntil = clock.GetUtcNow() + Delay(beyond);
        }
    }

    public void Succeeded(string normalizedName, string address) => _pairs.Remove(Key(normalizedName, address));

    /// <summary>The wait after the n-th failure beyond the free ones: FirstDelay × 2^(n−1), at most MaxDelay.</summary>
    public TimeSpan Delay(int beyond)
    {
        var o = options.Value;
        var ticks = beyond > 40 ? long.MaxValue : o.FirstDelay.Ticks * Math.Pow(2, beyond - 1);
        return ticks >= o.MaxDelay.Ticks ? o.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private static string Key(string normalizedName, string address) => normalizedName + "\n" + address;

    public void Dispose() => _pairs.Dispose();
}
