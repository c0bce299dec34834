using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Calendar;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Administration;

/// <summary>
/// The holiday list the administrator keeps (issue 11 item 3): the covered Buddhist Era years and their holidays, for the
/// API and the admin page; every change audited. WorkCalendars reads the tables, so a change counts for the next wait.
/// </summary>
public sealed class HolidayCatalog(WorkflowDbContext db, AdminChanges changes)
{
    public const string Subject = "Holiday";

    public const string YearSubject = "HolidayYear";

    public async Task<HolidayListView> ListAsync(CancellationToken ct)
    {
        var rows = await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct);
        var years = await db.HolidayYears.AsNoTracking().Select(y => y.YearBe).ToListAsync(ct);
        return new HolidayListView([.. years.Concat(rows.Select(h => HolidayList.YearBeOf(h.Date))).Distinct().Order()], [.. rows.Select(ViewOf)]);
    }

    /// <summary>Refused: a date that is not yyyy-MM-dd, one in a year the list does not cover, one already listed.</summary>
    public async Task<Outcome<HolidayView>> AddAsync(HolidayInput? input, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(input) is { } invalid)
            return invalid;
        if (DateProblem(input!.Date!, out var date) is { } problem)
            return problem;
        var yearBe = HolidayList.YearBeOf(date);
        if (!await CoversAsync(yearBe, ct))
            return new Failure(StatusCodes.Status400BadRequest, "holiday-year-not-covered",
                $"{Id(date)} is in {yearBe} BE, which the holiday list does not cover: add the year first.", "date");
        if (await db.Holidays.AnyAsync(h => h.Date == date, ct))
            return Exists(date);
        var holiday = new HolidayEntry { Date = date, NameTh = input.NameTh!.Trim(), NameEn = string.IsNullOrWhiteSpace(input.NameEn) ? null : input.NameEn.Trim() };
        db.Holidays.Add(holiday);
        return await SaveAsync(by, new AdminChange(Subject, Id(date), "Created", null, ViewOf(holiday)), Exists(date), ct) is { } failed
            ? failed : ViewOf(holiday);
    }

    public async Task<Outcome<HolidayView>> RemoveAsync(string dateText, AdminActor by, CancellationToken ct)
    {
        if (DateProblem(dateText, out var date) is { } problem)
            return problem;
        if (await db.Holidays.FirstOrDefaultAsync(h => h.Date == date, ct) is not { } holiday)
            return Failure.NotFound("Holiday");
        db.Holidays.Remove(holiday);
        return await SaveAsync(by, new AdminChange(Subject, Id(date), "Deleted", ViewOf(holiday), null), Failure.NotFound("Holiday"), ct) is { } failed
            ? failed : ViewOf(holiday);
    }

    public async Task<Outcome<int>> AddYearAsync(HolidayYearInput? input, AdminActor by, CancellationToken ct)
    {
        if (RequestValidation.Validate(input) is { } invalid)
            return invalid;
        var year = input!.YearBe!.Value;
        if (await CoversAsync(year, ct))
            return YearExists(year);
        db.HolidayYears.Add(new HolidayYear { YearBe = year });
        return await SaveAsync(by, new AdminChange(YearSubject, Id(year), "Created", null, new AuditedYear(year)), YearExists(year), ct) is { } failed
            ? failed : year;
    }

    /// <summary>Refused while the year still holds holidays: they would cover it anyway.</summary>
    public async Task<Outcome<int>> RemoveYearAsync(int year, AdminActor by, CancellationToken ct)
    {
        if (year is < HolidayYearInput.First or > HolidayYearInput.Last)
            return Failure.NotFound("Holiday year");
        var first = new DateOnly(year - 543, 1, 1);
        var held = await db.Holidays.CountAsync(h => h.Date >= first && h.Date < first.AddYears(1), ct);
        if (held > 0)
            return new Failure(StatusCodes.Status409Conflict, "holiday-year-in-use",
                $"{year} BE still holds {held} holidays: remove them first.", "yearBe");
        if (await db.HolidayYears.FirstOrDefaultAsync(y => y.YearBe == year, ct) is not { } row)
            return Failure.NotFound("Holiday year");
        db.HolidayYears.Remove(row);
        return await SaveAsync(by, new AdminChange(YearSubject, Id(year), "Deleted", new AuditedYear(year), null), Failure.NotFound("Holiday year"), ct) is { } failed
            ? failed : year;
    }

    /// <summary>Null when the text is a date (yyyy-MM-dd, Common Era); a Buddhist Era year is named as such.</summary>
    public static Failure? DateProblem(string text, out DateOnly date)
    {
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return new Failure(StatusCodes.Status400BadRequest, "holiday-date", $"'{text}' is not a date: write yyyy-MM-dd in the Common Era, e.g. 2027-03-16.", "date");
        if (date.Year >= HolidayYearInput.First - 100)
            return new Failure(StatusCodes.Status400BadRequest, "holiday-date",
                $"'{text}' has a Buddhist Era year: write the Common Era year ({date.Year} BE is {date.Year - 543}).", "date");
        return null;
    }

    private async Task<bool> CoversAsync(int yearBe, CancellationToken ct)
    {
        var first = new DateOnly(yearBe - 543, 1, 1);
        return await db.HolidayYears.AnyAsync(y => y.YearBe == yearBe, ct)
            || await db.Holidays.AnyAsync(h => h.Date >= first && h.Date < first.AddYears(1), ct);
    }

    /// <summary>Saves the change with its audit entry; a unique-key or concurrency failure (another administrator at the same moment) answers <paramref name="raced"/>.</summary>
    private async Task<Failure?> SaveAsync(AdminActor by, AdminChange change, Failure raced, CancellationToken ct)
    {
        try
        {
            await changes.SaveAsync(by, [change], ct);
            return null;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || Data.DatabaseErrors.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return raced;
        }
    }

    private static Failure Exists(DateOnly date) =>
        new(StatusCodes.Status409Conflict, "holiday-exists", $"{Id(date)} is already a holiday: remove it first to rename it.", "date");

    private static Failure YearExists(int year) =>
        new(StatusCodes.Status409Conflict, "holiday-year-exists", $"The holiday list already covers {year} BE.", "yearBe");

    /// <summary>How the API and the audit name a holiday: yyyy-MM-dd, Common Era whatever the culture.</summary>
    public static string Id(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static HolidayView ViewOf(HolidayEntry h) =>
        new(h.Date, HolidayList.YearBeOf(h.Date), h.NameTh, h.NameEn, h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

    private sealed record AuditedYear(int YearBe);
}
