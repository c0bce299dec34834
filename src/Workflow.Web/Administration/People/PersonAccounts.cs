using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration.People;

/// <summary>
/// A person's account: deactivate (they cannot sign in, every session ends at once), reactivate, a temporary password
/// they must change, the Administrator role. The last active administrator can neither be deactivated nor demoted;
/// that check runs inside the write transaction, so two administrators demoting each other cannot both succeed.
/// </summary>
public sealed class PersonAccounts(
    WorkflowDbContext db,
    AdminChanges changes,
    People people,
    UserManager<AppUser> users,
    SessionStamps stamps,
    ILogger<PersonAccounts> log)
{
    public Task<Outcome<PersonView>> DeactivateAsync(string id, AdminActor by, CancellationToken ct) =>
        ChangeAsync(id, by, "Deactivated", u => u.IsActive, u =>
        {
            u.IsActive = false;
            u.SecurityStamp = People.NewStamp();
        }, guardAdministrator: true, ct);

    public Task<Outcome<PersonView>> ReactivateAsync(string id, AdminActor by, CancellationToken ct) =>
        ChangeAsync(id, by, "Reactivated", u => !u.IsActive, u => u.IsActive = true, guardAdministrator: false, ct);

    /// <summary>Sets a password the person must change at their next sign-in (ADR 9's rules apply); ends their sessions.</summary>
    public async Task<Outcome<PersonView>> SetTemporaryPasswordAsync(string id, string password, AdminActor by, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return PersonFailures.NotFound;
        if (await RulesAsync(user, password) is { } refused)
            return refused;
        var before = PersonRecord.Of(user);
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.MustChangePassword = true;
        user.SecurityStamp = People.NewStamp();
        People.Touch(user);
        return await SaveAsync(user, by, new AdminChange(People.Subject, id, "PasswordSet", before, PersonRecord.Of(user)), null, ct);
    }

    /// <summary>
    /// Clears the second factor (secret, recovery codes, last acceptance) and ends every session, in the audited
    /// transaction; the person sets up again at the next sign-in. The audit records only that there was one.
    /// </summary>
    public async Task<Outcome<PersonView>> ResetSecondFactorAsync(string id, AdminActor by, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return PersonFailures.NotFound;
        var before = new { SecondFactor = user.TotpEnabledAt is not null };
        user.TotpSecret = null;
        user.TotpEnabledAt = null;
        user.TotpLastStep = 0;
        user.SecondFactorAt = null;
        db.RecoveryCodes.RemoveRange(await db.RecoveryCodes.Where(r => r.UserId == id).ToListAsync(ct));
        user.SecurityStamp = People.NewStamp();
        People.Touch(user);
        return await SaveAsync(user, by, new AdminChange(People.Subject, id, "SecondFactorReset", before, new { SecondFactor = false }), null, ct);
    }

    /// <summary>Grants or revokes the Administrator role; revoking ends the person's sessions, which carry the role.</summary>
    public async Task<Outcome<PersonView>> SetAdministratorAsync(string id, bool administrator, AdminActor by, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return PersonFailures.NotFound;
        var role = await RoleAsync(ct);
        var link = await db.UserRoles.FirstOrDefaultAsync(ur => ur.UserId == id && ur.RoleId == role.Id, ct);
        if ((link is not null) == administrator)
            return await people.ViewAsync(user, ct);
        if (administrator)
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = role.Id });
        }
        else
        {
            db.UserRoles.Remove(link!);
            user.SecurityStamp = People.NewStamp();
        }

        People.Touch(user);
        var change = new AdminChange(People.Subject, id, administrator ? "AdministratorGranted" : "AdministratorRevoked",
            new { Administrator = !administrator }, new { Administrator = administrator });
        return await SaveAsync(user, by, change, administrator ? null : id, ct);
    }

    private async Task<Outcome<PersonView>> ChangeAsync(string id, AdminActor by, string action, Func<AppUser, bool> applies,
        Action<AppUser> change, bool guardAdministrator, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return PersonFailures.NotFound;
        if (!applies(user))
            return await people.ViewAsync(user, ct);
        var before = PersonRecord.Of(user);
        change(user);
        People.Touch(user);
        return await SaveAsync(user, by, new AdminChange(People.Subject, id, action, before, PersonRecord.Of(user)), guardAdministrator ? id : null, ct);
    }

    /// <summary>Saves with the audit entry; when <paramref name="leaving"/> is set, only if another active administrator remains.</summary>
    private async Task<Outcome<PersonView>> SaveAsync(AppUser user, AdminActor by, AdminChange change, string? leaving, CancellationToken ct)
    {
        try
        {
            if (await changes.SaveAsync(by, [change], c => leaving is null ? Task.FromResult<Failure?>(null) : OthersRemainAsync(leaving, c), ct) is { } refused)
                return refused;
        }
        catch (DbUpdateConcurrencyException)
        {
            return PersonFailures.Stale;
        }

        // The bearer check and the cookie check read the new stamp on their next request, not a minute later.
        stamps.Forget(user.Id);
        log.LogInformation("Person {PersonId}: {Action} by {AdminId}", user.Id, change.Action, by.Id);
        return await people.ViewAsync(user, ct);
    }

    private async Task<Failure?> OthersRemainAsync(string leaving, CancellationToken ct)
    {
        var role = AppRoles.Administrator.ToUpperInvariant();
        var isAdministrator = await db.UserRoles.AnyAsync(ur => ur.UserId == leaving && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role), ct);
        if (!isAdministrator)
            return null;
        var others = await db.Users.AnyAsync(u => u.Id != leaving && u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)), ct);
        return others ? null : PersonFailures.LastAdministrator;
    }

    private async Task<Failure?> RulesAsync(AppUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? null : PasswordChange.Rejected(errors, "password");
    }

    private async Task<IdentityRole> RoleAsync(CancellationToken ct)
    {
        var name = AppRoles.Administrator.ToUpperInvariant();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == name, ct);
        if (role is not null)
            return role;
        role = new IdentityRole(AppRoles.Administrator) { NormalizedName = name, ConcurrencyStamp = Guid.NewGuid().ToString() };
        db.Roles.Add(role);
        return role;
    }
}
