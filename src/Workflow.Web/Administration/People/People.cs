using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Formatting;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration.People;

/// <summary>
/// The people of the municipality, for the administration API, its pages and the CSV import: list, read, create and
/// edit. Every change is one <see cref="AdminChanges"/> save with its audit entry; accounts are in <see cref="PersonAccounts"/>.
/// </summary>
public sealed class People(WorkflowDbContext db, AdminChanges changes, ILookupNormalizer normalizer)
{
    /// <summary>The admin audit's subject kind of a person.</summary>
    public const string Subject = "Person";

    public const int MaxPageSize = 200;

    public async Task<PeoplePage> ListAsync(string? q, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(u => u.DisplayName.Contains(text) || u.PersonalTitle.Contains(text)
                || u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper));
        }

        var total = await query.CountAsync(ct);
        var users = await query.OrderBy(u => u.NormalizedUserName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var admins = await AdministratorIdsAsync(users.Select(u => u.Id).ToList(), ct);
        return new PeoplePage([.. users.Select(u => PersonView.Of(u, admins.Contains(u.Id)))], total, page, pageSize);
    }

    public async Task<PersonView?> GetAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is null ? null : await ViewAsync(user, ct);
    }

    public async Task<Outcome<PersonView>> CreateAsync(PersonInput input, AdminActor by, CancellationToken ct)
    {
        var user = new AppUser { SecurityStamp = NewStamp(), ConcurrencyStamp = Guid.NewGuid().ToString() };
        if (await CheckAsync(input, null, ct) is { } refused)
            return refused;
        Apply(user, input);
        db.Users.Add(user);
        return await SaveAsync(user, [new AdminChange(Subject, user.Id, "Created", null, PersonRecord.Of(user))], by, ct);
    }

    public async Task<Outcome<PersonView>> UpdateAsync(string id, PersonInput input, AdminActor by, CancellationToken ct)
    {
        if (input.Version is not { } version)
            return PersonFailures.VersionRequired;
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return PersonFailures.NotFound;
        if (user.ProfileVersion != version)
            return PersonFailures.Stale;
        if (await CheckAsync(input, id, ct) is { } refused)
            return refused;
        var before = PersonRecord.Of(user);
        Apply(user, input);
        if (PersonRecord.Of(user) == before)
            return await ViewAsync(user, ct);
        Touch(user);
        return await SaveAsync(user, [new AdminChange(Subject, user.Id, "Updated", before, PersonRecord.Of(user))], by, ct);
    }

    /// <summary>What the database says against the input: the user name is free (but for <paramref name="self"/>), the department exists.</summary>
    public async Task<Failure?> CheckAsync(PersonInput input, string? self, CancellationToken ct)
    {
        var name = normalizer.NormalizeName(Clean(input.UserName));
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == name && u.Id != self, ct))
            return PersonFailures.UserNameTaken;
        var department = Clean(input.DepartmentKey);
        if (department is not null && !await db.Departments.AnyAsync(d => d.Key == department, ct))
            return PersonFailures.UnknownDepartment;
        return null;
    }

    /// <summary>Copies the validated input onto the account; the signed name is always <see cref="PersonName.Format"/> of its parts.</summary>
    public void Apply(AppUser user, PersonInput input)
    {
        user.UserName = Clean(input.UserName);
        user.NormalizedUserName = normalizer.NormalizeName(user.UserName);
        user.NamePrefix = Clean(input.NamePrefix) ?? "";
        user.FirstName = Clean(input.FirstName) ?? "";
        user.LastName = Clean(input.LastName) ?? "";
        user.DisplayName = PersonName.Format(user.NamePrefix, user.FirstName, user.LastName);
        user.PersonalTitle = Clean(input.PersonalTitle) ?? "";
        user.DepartmentKey = Clean(input.DepartmentKey);
        user.Email = Clean(input.Email);
        user.NormalizedEmail = normalizer.NormalizeEmail(user.Email);
        user.PhoneNumber = Clean(input.Phone);
        user.Language = input.Language ?? user.Language;
    }

    /// <summary>Marks an account changed: the version the API and pages compare, and Identity's own concurrency stamp.</summary>
    public static void Touch(AppUser user)
    {
        user.ProfileVersion++;
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>A new security stamp, as Identity makes one: every cookie and token carrying the old one stops working.</summary>
    public static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

    public async Task<PersonView> ViewAsync(AppUser user, CancellationToken ct) =>
        PersonView.Of(user, (await AdministratorIdsAsync([user.Id], ct)).Count > 0);

    private async Task<Outcome<PersonView>> SaveAsync(AppUser user, IReadOnlyList<AdminChange> audit, AdminActor by, CancellationToken ct)
    {
        try
        {
            await changes.SaveAsync(by, audit, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PersonFailures.Stale;
        }
        catch (DbUpdateException e) when (Data.DatabaseErrors.IsUniqueViolation(e))
        {
            // Another request took the user name between the check and the write.
            return PersonFailures.UserNameTaken;
        }

        return await ViewAsync(user, ct);
    }

    private async Task<HashSet<string>> AdministratorIdsAsync(List<string> ids, CancellationToken ct)
    {
        var role = AppRoles.Administrator.ToUpperInvariant();
        return [.. await db.UserRoles.Where(ur => ids.Contains(ur.UserId) && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role))
            .Select(ur => ur.UserId).ToListAsync(ct)];
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
