using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Everything a form post could change: the memo counts (<see cref="WorkflowApp.CountsAsync()"/>), publications and
/// journal, and each account's failed sign-ins, lockout and stamps (a forged sign-in must not count towards a lockout).
/// </summary>
public sealed record PageFormState(DatabaseCounts Counts, int Publications, int Journal, string Accounts)
{
    public static async Task<PageFormState> ReadAsync(WorkflowApp app) => new(
        await app.CountsAsync(),
        await app.ReadDbAsync(db => db.Publications.CountAsync()),
        await app.ReadDbAsync(db => db.MessageJournal.CountAsync()),
        string.Join("; ", await app.ReadDbAsync(db => db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => $"{u.UserName} failed={u.AccessFailedCount} lockout={u.LockoutEnd} stamps={u.SecurityStamp}/{u.ConcurrencyStamp}")
            .ToListAsync())));
}
