namespace Workflow.Web.Data;

/// <summary>
/// A day the offices are closed besides the weekend, kept by the administrator. A new database is seeded from the
/// shipped workflows/holidays-*.json files; the years a list covers are the Buddhist Era years of its rows plus
/// <see cref="HolidayYear"/> rows (a year can be covered and hold no holiday).
/// </summary>
public sealed class HolidayEntry
{
    public DateOnly Date { get; set; }

    public required string NameTh { get; set; }

    public string? NameEn { get; set; }
}

/// <summary>A Buddhist Era year the holiday list claims to cover completely.</summary>
public sealed class HolidayYear
{
    public int YearBe { get; set; }
}
