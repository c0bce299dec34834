namespace Workflow.Core.Calendar;

/// <summary>
/// The holidays of the Buddhist Era years a list claims to cover, checked: every date inside those years, none twice.
/// Built from the shipped file (HolidayListLoader) or from any other source, e.g. rows an administrator keeps.
/// </summary>
public sealed class HolidayList
{
    private readonly Dictionary<DateOnly, Holiday> _byDate;

    private HolidayList(IReadOnlyList<int> yearsBe, IReadOnlyList<Holiday> holidays)
    {
        YearsBe = yearsBe.Order().ToArray();
        Holidays = holidays.OrderBy(h => h.Date).ToArray();
        _byDate = Holidays.ToDictionary(h => h.Date);
    }

    public static HolidayList None { get; } = new([], []);

    /// <summary>Buddhist Era years (พ.ศ.) the list covers, ascending.</summary>
    public IReadOnlyList<int> YearsBe { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public static int YearBeOf(DateOnly date) => date.Year + 543;

    /// <summary>Every problem of these entries; an empty list means Create will accept them.</summary>
    public static IReadOnlyList<HolidayProblem> Check(IReadOnlyList<int> yearsBe, IReadOnlyList<Holiday> holidays)
    {
        var problems = new List<HolidayProblem>();
        if (yearsBe.Count == 0)
            problems.Add(new HolidayProblem(-1, HolidayFault.Years, "the list claims no Buddhist Era year"));
        foreach (var repeated in yearsBe.GroupBy(y => y).Where(g => g.Count() > 1))
            problems.Add(new HolidayProblem(-1, HolidayFault.Years, $"the year {repeated.Key} is claimed twice"));
        var covered = string.Join(", ", yearsBe.Order());
        var firstIndexOf = new Dictionary<DateOnly, int>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var date = holidays[i].Date;
            if (!yearsBe.Contains(YearBeOf(date)))
            {
                problems.Add(new HolidayProblem(i, HolidayFault.OutsideYears,
                    $"{date:yyyy-MM-dd} is in {YearBeOf(date)} BE, outside the years this list covers ({covered})"));
            }

            if (!firstIndexOf.TryAdd(date, i))
                problems.Add(new HolidayProblem(i, HolidayFault.Duplicate, $"{date:yyyy-MM-dd} is already listed at index {firstIndexOf[date]}"));
        }

        return problems;
    }

    /// <exception cref="ArgumentException">Check finds a problem; callers check first and refuse with its messages.</exception>
    public static HolidayList Create(IReadOnlyList<int> yearsBe, IReadOnlyList<Holiday> holidays)
    {
        var problems = Check(yearsBe, holidays);
        return problems.Count == 0
            ? new HolidayList(yearsBe, holidays)
            : throw new ArgumentException(string.Join("; ", problems.Select(p => p.Message)), nameof(holidays));
    }

    public bool Covers(DateOnly date) => YearsBe.Contains(YearBeOf(date));

    public Holiday? On(DateOnly date) => _byDate.GetValueOrDefault(date);

    public bool IsHoliday(DateOnly date) => _byDate.ContainsKey(date);
}
