using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Everything a form post could change: the memo counts (<see cref="WorkflowApp.CountsAsync()"/>), publications and
/// journal, and each account's failed sign-ins (from the tests' unknown address), lockout and stamps (a forged sign-in
/// must not count towards the back-off).
/// </summary>
public sealed record PageFormState(DatabaseCounts Counts, int Publications, int Journal, string Accounts)
{
    public static async Task<PageFormState> ReadAsync(WorkflowApp app)
    {
        var backoff = app.Services.GetRequiredService<SignInBackoff>();
        var users = await app.ReadDbAsync(db => db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.UserName, u.NormalizedUserName, u.AccessFailedCount, u.LockoutEnd, u.SecurityStamp, u.ConcurrencyStamp })
            .ToListAsync());
        var failed = new List<int>(users.Count);
        foreach (var u in users)
            failed.Add(await backoff.FailuresAsync(u.NormalizedUserName!, ClientAddress.Unknown, TestContext.Current.CancellationToken));
        return new(
            await app.CountsAsync(),
            await app.ReadDbAsync(db => db.Publications.CountAsync()),
            await app.ReadDbAsync(db => db.MessageJournal.CountAsync()),
            string.Join("; ", users.Select((u, i) => $"{u.UserName} failed={u.AccessFailedCount}/{failed[i]} " +
                $"lockout={u.LockoutEnd} stamps={u.SecurityStamp}/{u.ConcurrencyStamp}")));
    }
}
