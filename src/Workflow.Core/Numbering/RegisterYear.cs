using Workflow.Core.Formatting;

namespace Workflow.Core.Numbering;

/// <summary>Which Buddhist Era year's register a date falls in; numbers restart when this changes.</summary>
public static class RegisterYear
{
    private const int FiscalYearStartMonth = 10;

    /// <summary>
    /// Calendar: the date's own BE year. Fiscal: October–September, named by the year it ends in
    /// (1 October 2025 opens fiscal year 2569), as the Thai budget year is.
    /// </summary>
    public static int For(DateOnly date, RegisterYearBasis basis) => basis switch
    {
        RegisterYearBasis.Calendar => ThaiDate.BuddhistYear(date),
        RegisterYearBasis.Fiscal when date.Month >= FiscalYearStartMonth => ThaiDate.BuddhistYear(date) + 1,
        RegisterYearBasis.Fiscal => ThaiDate.BuddhistYear(date),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown register year basis."),
    };
}
