using System.Globalization;

namespace Workflow.Core.Formatting;

/// <summary>The date line of official correspondence: day, Thai month name, "พ.ศ." and the Buddhist Era year.</summary>
public static class ThaiDate
{
    // The regulation's month names, fixed here so the output does not depend on the host's ICU data
    // (or its absence in an invariant-globalization container); a test checks them against th-TH.
    private static readonly string[] MonthNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly ThaiBuddhistCalendar Calendar = new();

    /// <summary>"๒๘ เมษายน พ.ศ. ๒๕๖๙": Thai digits, as on the page.</summary>
    public static string Format(DateOnly date) => ThaiDigits.ToThai(FormatArabic(date));

    /// <summary>"28 เมษายน พ.ศ. 2569": Arabic digits, for tables and APIs.</summary>
    public static string FormatArabic(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var year = Calendar.GetYear(dateTime);
        return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthNames[date.Month - 1]} พ.ศ. {year}");
    }

    /// <summary>"มีนาคม 2570": a month and its Buddhist Era year, Arabic digits, for tables and charts.</summary>
    public static string MonthArabic(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {BuddhistYear(new DateOnly(year, month, 1))}");

    /// <summary>The Buddhist Era year of a date (Gregorian + 543).</summary>
    public static int BuddhistYear(DateOnly date) => Calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));
}
