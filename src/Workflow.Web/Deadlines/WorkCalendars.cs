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
    public async Task<WorkingCalendar> LoadAsync(WorkflowDbContext db, CancellationToken ct)
    {
        var rows = await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct);
        var years = (await db.HolidayYears.AsNoTracking().Select(y => y.YearBe).ToListAsync(ct))
            .Concat(rows.Select(h => HolidayList.YearBeOf(h.Date))).Distinct().Order().ToList();
        var list = HolidayList.Create(years, [.. rows.Select(h => new Holiday(h.Date, h.NameTh, h.NameEn))]);
        return new WorkingCalendar(organisation.Zone, list);
    }
}
