using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.SecondFactor;

/// <summary>Ten one-use codes for a lost phone; only their SHA-256 is stored (they are random, so no salt is needed).</summary>
public static class RecoveryCodes
{
    public const int Count = 10;

    // No 0/O or 1/I/L: the codes are read off paper and typed by hand.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static IReadOnlyList<string> New() =>
        Enumerable.Range(0, Count).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5) + "-" + RandomNumberGenerator.GetString(Alphabet, 5)).ToList();

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));

    public static bool LooksLikeOne(string code) => Normalize(code).Length == 10;

    /// <summary>Marks the matching unused code used (not saved) and answers whether there was one.</summary>
    public static async Task<bool> UseAsync(WorkflowDbContext db, string userId, string code, DateTimeOffset now, CancellationToken ct)
    {
        var hash = Hash(code);
        var found = await db.RecoveryCodes.FirstOrDefaultAsync(r => r.UserId == userId && r.CodeHash == hash && r.UsedAt == null, ct);
        if (found is null)
            return false;
        found.UsedAt = now;
        return true;
    }

    private static string Normalize(string code) => code.Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
