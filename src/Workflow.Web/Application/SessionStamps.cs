using System.Collections.Concurrent;

namespace Workflow.Web.Application;

/// <summary>
/// Each user's current security stamp as last read from the database, kept at most <see cref="MaxAge"/>: a bearer
/// token is checked against it on every request without a query each time. A change made in another process (the
/// administrator command) is seen within <see cref="MaxAge"/>; one made here is seen at once (<see cref="Forget"/>).
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    /// <summary>The longest a session may outlive its end; cookies are revalidated at the same interval.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _stamps = new();

    /// <summary>Whether the stamp a token carries is the user's current one; <paramref name="read"/> asks the database.</summary>
    public async Task<bool> IsCurrentAsync(string userId, string stamp, Func<Task<string?>> read)
    {
        var now = clock.GetUtcNow();
        if (!_stamps.TryGetValue(userId, out var known) || now - known.ReadAt >= MaxAge || now < known.ReadAt)
        {
            known = (await read(), now);
            _stamps[userId] = known;
        }

        return known.Stamp is not null && string.Equals(known.Stamp, stamp, StringComparison.Ordinal);
    }

    public void Forget(string userId) => _stamps.TryRemove(userId, out _);
}
