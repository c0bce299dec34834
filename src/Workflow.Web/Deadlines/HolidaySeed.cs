using Microsoft.EntityFrameworkCore;
using Workflow.Core.Calendar;
using Workflow.Web.Data;

namespace Workflow.Web.Deadlines;

/// <summary>
/// A new database's holiday list: the shipped workflows/holidays-*.json files (validated as at route load). From then
/// on the list is the administrator's; the files are not read again.
/// </summary>
public static class HolidaySeed
{
    public static async Task SeedAsync(WorkflowDbContext db, string workflowsPath, CancellationToken ct)
    {
        if (await db.HolidayYears.AnyAsync(ct) || await db.Holidays.AnyAsync(ct))
            return;
        var files = Directory.Exists(workflowsPath)
            ? Directory.GetFiles(workflowsPath, HolidayListLoader.FilePrefix + "*.json").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var list in files.Select(HolidayListLoader.Load))
        {
            foreach (var year in list.YearsBe.Where(y => db.HolidayYears.Local.All(l => l.YearBe != y)))
                db.HolidayYears.Add(new HolidayYear { YearBe = year });
            foreach (var h in list.Holidays.Where(h => db.Holidays.Local.All(l => l.Date != h.Date)))
                db.Holidays.Add(new HolidayEntry { Date = h.Date, NameTh = h.NameTh, NameEn = h.NameEn });
        }

        await db.SaveChangesAsync(ct);
    }
}
