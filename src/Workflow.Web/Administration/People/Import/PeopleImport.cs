using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Formatting;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration.People.Import;

/// <summary>
/// CSV import of people: the preview checks every row as the person form would (same input, same rules) plus what only
/// a file can get wrong (a user name twice). Imported people have no password: each cannot sign in until an
/// administrator sets a temporary one (ADR 17). A file is imported whole, in one audited save, or not at all.
/// </summary>
public sealed class PeopleImport(WorkflowDbContext db, People people, AdminChanges changes, InputMessages messages,
    ILookupNormalizer normalizer, ILogger<PeopleImport> log)
{
    public async Task<(ImportPreview? Preview, ImportRefusal? Refusal)> PreviewAsync(byte[] content, CultureInfo culture, CancellationToken ct)
    {
        var (rows, refusal) = PeopleCsv.Read(content);
        if (refusal is not null)
            return (null, refusal);
        var names = rows.Select(r => normalizer.NormalizeName(People.Clean(r.Person.UserName))).Where(n => n is not null).ToList();
        var taken = (await db.Users.Where(u => names.Contains(u.NormalizedUserName)).Select(u => u.NormalizedUserName!).ToListAsync(ct)).ToHashSet();
        var departments = (await db.Departments.Select(d => d.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>();
        var checkedRows = new List<ImportRow>();
        foreach (var (line, person) in rows)
        {
            var errors = messages.Validate(person, culture)
                .SelectMany(e => e.Value.Select(m => new ImportError(Column(e.Key), m))).ToList();
            var name = normalizer.NormalizeName(People.Clean(person.UserName));
            if (name is not null && taken.Contains(name))
                errors.Add(new ImportError("userName", messages.Describe(PersonFailures.UserNameTaken, culture)));
            if (name is not null && !firstLine.TryAdd(name, line))
                errors.Add(new ImportError("userName", messages.Text(culture, "Import.DuplicateInFile", firstLine[name])));
            if (person.DepartmentKey is { } key && !departments.Contains(key))
                errors.Add(new ImportError("department", messages.Describe(PersonFailures.UnknownDepartment, culture)));
            var displayName = PersonName.Format(person.NamePrefix, person.FirstName ?? "", person.LastName ?? "");
            checkedRows.Add(new ImportRow(line, person, displayName, errors));
        }

        return (new ImportPreview(checkedRows), null);
    }

    /// <summary>Creates every person of the file, or none: a file with any row in error is refused with each error (400).</summary>
    public async Task<Outcome<ImportResult>> ImportAsync(byte[] content, AdminActor by, CultureInfo culture, CancellationToken ct)
    {
        var (preview, refusal) = await PreviewAsync(content, culture, ct);
        if (refusal is not null)
            return refusal.ToFailure();
        if (!preview!.CanImport)
            return HasErrors(preview);

        var created = new List<ImportedPerson>();
        var audit = new List<AdminChange>();
        foreach (var row in preview.Rows)
        {
            var user = new AppUser { SecurityStamp = People.NewStamp(), ConcurrencyStamp = Guid.NewGuid().ToString() };
            people.Apply(user, row.Person);
            db.Users.Add(user);
            audit.Add(new AdminChange(People.Subject, user.Id, "Imported", null, PersonRecord.Of(user)));
            created.Add(new ImportedPerson(row.Line, user.Id, user.UserName!));
        }

        try
        {
            await changes.SaveAsync(by, audit, ct);
        }
        catch (DbUpdateException e) when (Data.DatabaseErrors.IsUniqueViolation(e))
        {
            return PersonFailures.UserNameTaken with { Detail = "A user name of the file was taken while it was imported: preview it again." };
        }

        log.LogInformation("{Count} people imported from CSV by {AdminId}", created.Count, by.Id);
        return new ImportResult(created);
    }

    private static Failure HasErrors(ImportPreview preview)
    {
        var errors = preview.Rows.Count == 0
            ? new Dictionary<string, string[]> { ["file"] = ["The file has a header row but no person."] }
            : preview.Rows.Where(r => r.Errors.Count > 0)
                .ToDictionary(r => $"line{r.Line}", r => r.Errors.Select(e => $"{e.Column}: {e.Message}").ToArray());
        return new Failure(StatusCodes.Status400BadRequest, "import-has-errors",
            $"Nothing was imported: {preview.RowsWithErrors} of {preview.Rows.Count} rows have errors (POST with ?dryRun=true shows them all).", "file")
        {
            Errors = errors,
        };
    }

    // The CSV's own column name for the input field it fills.
    private static string Column(string field) => field == "departmentKey" ? "department" : field;
}
