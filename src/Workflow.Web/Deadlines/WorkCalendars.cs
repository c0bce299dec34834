using Microsoft.EntityFrameworkCore;
using Workflow.Core.Calendar;
using Workflow.Web.Administration;
using Workflow.Web.Data;

namespace Workflow.Web.Deadlines;

/// <summary>
/// The organisation's working calendar: its time zone (the profile) and the holiday list the administrator keeps
/// (the Holidays and HolidayYears tables). Read from the database each time: the list is small and an edit counts at
/// once on every instance.
/// </summary>
public sealed class WorkCalendars(OrganisationProfile organisation)
{
    // Read on every action that starts a wait: compiled once (README "CPU per memo").
    private static readonly CompiledQuery<Func<WorkflowDbContext, IAsyncEnumerable<HolidayEntry>>> AllHolidays = new(() =>
        EF.CompileAsyncQuery<WorkflowDbContext, HolidayEntry>((WorkflowDbContext db) => db.Holidays.AsNoTracking().OrderBy(h => h.Date)));

    private static readonly CompiledQuery<Func<WorkflowDbContext, IAsyncEnumerable<int>>> ListedYears = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db) => db.HolidayYears.AsNoTracking().Select(y => y.YearBe)));

    public async Task<WorkingCalendar> LoadAsync(WorkflowDbContext db, CancellationToken ct)
    {
        var rows = new List<HolidayEntry>();
        await foreach (var row in AllHolidays.For(db)(db).WithCancellation(ct))
            rows.Add(row);
        var years = new SortedSet<int>(rows.Select(h => HolidayList.YearBeOf(h.Date)));
        await foreach (var year in ListedYears.For(db)(db).WithCancellation(ct))
            years.Add(year);
        var list = HolidayList.Create([.. years], [.. rows.Select(h => new Holiday(h.Date, h.NameTh, h.NameEn))]);
        return new WorkingCalendar(organisation.Zone, list);
    }
}
