using Microsoft.AspNetCore.Identity;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// A stored-hash stand-in for names that have no account: checking a password against it costs what checking a real
/// account's costs (same hasher, same iteration count), and no password matches it.
/// </summary>
public sealed class DecoyPasswordHash
{
    private static readonly AppUser Nobody = new();
    private string? _hash;

    public void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
