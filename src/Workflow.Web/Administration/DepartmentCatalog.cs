using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>The departments (ส่วนราชการ): list, create, edit and delete, for the API, the admin pages and the demo seed; every change audited.</summary>
public sealed class DepartmentCatalog(WorkflowDbContext db, AdminChanges changes, OrganisationProfile organisation)
{
    public const string Subject = "Department";

    public async Task<IReadOnlyList<DepartmentView>> ListAsync(CancellationToken ct)
    {
        var people = await db.Users.AsNoTracking().Where(u => u.DepartmentKey != null)
            .GroupBy(u => u.DepartmentKey!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = await db.Departments.AsNoTracking().OrderBy(d => d.Key).ToListAsync(ct);
        return [.. rows.Select(d => ViewOf(d, people.GetValueOrDefault(d.Key)))];
    }

    public async Task<DepartmentView?> FindAsync(string key, CancellationToken ct) =>
        await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key, ct) is { } d
            ? ViewOf(d, await db.Users.CountAsync(u => u.DepartmentKey == key, ct))
            : null;

    /// <summary>
    /// The issuing line a new memo of this person's department starts with; the organisation's own line when the person
    /// has no department or it writes none, so an author outside every department still gets a ส่วนราชการ.
    /// </summary>
    public async Task<string?> IssuingLineOfAsync(string? departmentKey, CancellationToken ct)
    {
        var line = departmentKey is null ? null
            : await db.Departments.AsNoTracking().Where(d => d.Key == departmentKey).Select(d => d.IssuingLine).FirstOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(line) ? OrganisationIssuingLine.Of(organisation.Current) : line;
    }

    public async Task<Outcome<DepartmentView>> CreateAsync(DepartmentInput? input, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(input) is { } invalid)
            return invalid;
        if (input!.Key is null)
            return Failure.Invalid("key", "key is required.");
        if (await db.Departments.AnyAsync(d => d.Key == input.Key, ct))
            return new Failure(StatusCodes.Status409Conflict, "department-exists", $"There is already a department '{input.Key}'.", "key");
        var department = new Department { Key = input.Key, NameTh = input.NameTh!, NameEn = input.NameEn ?? "", IssuingLine = input.IssuingLine! };
        db.Departments.Add(department);
        return await SaveAsync(department, by, new AdminChange(Subject, department.Key, "Created", null, Audited(department)), ct);
    }

    public async Task<Outcome<DepartmentView>> UpdateAsync(string key, DepartmentInput? input, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(input) is { } invalid)
            return invalid;
        if (input!.Key is not null && input.Key != key)
            return Failure.Invalid("key", "A department's key cannot be changed.");
        if (input.Version is null)
            return Failure.Invalid("version", "version is required: send the version the department was read at.");
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (department is null)
            return Failure.NotFound("Department");
        if (department.Version != input.Version)
            return Changed(key);
        var before = Audited(department);
        department.NameTh = input.NameTh!;
        department.NameEn = input.NameEn ?? "";
        department.IssuingLine = input.IssuingLine!;
        if (before == Audited(department))
            return await FindAsync(key, ct) ?? throw new InvalidOperationException("Department vanished.");
        department.Version++;
        return await SaveAsync(department, by, new AdminChange(Subject, key, "Updated", before, Audited(department)), ct);
    }

    /// <summary>Refused while anyone belongs to it: a person's department must exist.</summary>
    public async Task<Outcome<DepartmentView>> DeleteAsync(string key, int? version, AdminActor by, CancellationToken ct)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (department is null)
            return Failure.NotFound("Department");
        if (version is { } v && v != department.Version)
            return Changed(key);
        var people = await db.Users.CountAsync(u => u.DepartmentKey == key, ct);
        if (people > 0)
            return new Failure(StatusCodes.Status409Conflict, "department-in-use",
                $"{people} people belong to department '{key}': move them to another department first.", "key");
        var view = ViewOf(department, 0);
        db.Departments.Remove(department);
        var saved = await SaveAsync(department, by, new AdminChange(Subject, key, "Deleted", Audited(department), null), ct);
        return saved.Succeeded ? view : saved;
    }

    private async Task<Outcome<DepartmentView>> SaveAsync(Department department, AdminActor by, AdminChange change, CancellationToken ct)
    {
        try
        {
            await changes.SaveAsync(by, [change], ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsDuplicateKey(e))
        {
            db.ChangeTracker.Clear();
            return e is DbUpdateConcurrencyException
                ? Changed(department.Key)
                : new Failure(StatusCodes.Status409Conflict, "department-exists", $"There is already a department '{department.Key}'.", "key");
        }

        return change.After is null ? ViewOf(department, 0) : await FindAsync(department.Key, ct) ?? ViewOf(department, 0);
    }

    // SQLITE_CONSTRAINT_PRIMARYKEY: another administrator created the same key at the same moment.
    private static bool IsDuplicateKey(DbUpdateException e) => Data.DatabaseErrors.IsDuplicateKey(e);

    private static Failure Changed(string key) =>
        new(StatusCodes.Status409Conflict, "changed-meanwhile", $"Department '{key}' has changed since it was read. Reload and try again.", "version");

    private static DepartmentView ViewOf(Department d, int people) => new(d.Key, d.NameTh, d.NameEn, d.IssuingLine, d.Version, people);

    private static AuditedDepartment Audited(Department d) => new(d.Key, d.NameTh, d.NameEn, d.IssuingLine);

    private sealed record AuditedDepartment(string Key, string NameTh, string NameEn, string IssuingLine);
}
