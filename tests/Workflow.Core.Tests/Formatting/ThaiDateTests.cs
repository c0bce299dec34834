using System.Globalization;
using Workflow.Core.Formatting;

namespace Workflow.Core.Tests.Formatting;

public class ThaiDateTests
{
    [Theory]
    [InlineData(2026, 4, 28, "๒๘ เมษายน พ.ศ. ๒๕๖๙")]
    [InlineData(2026, 1, 1, "๑ มกราคม พ.ศ. ๒๕๖๙")]
    [InlineData(2025, 12, 31, "๓๑ ธันวาคม พ.ศ. ๒๕๖๘")]
    [InlineData(2024, 2, 29, "๒๙ กุมภาพันธ์ พ.ศ. ๒๕๖๗")]
    public void Format_writes_day_thai_month_and_buddhist_era_year_in_thai_digits(int year, int month, int day, string expected) =>
        Assert.Equal(expected, ThaiDate.Format(new DateOnly(year, month, day)));

    [Fact]
    public void FormatArabic_writes_the_same_date_line_with_arabic_digits() =>
        Assert.Equal("28 เมษายน พ.ศ. 2569", ThaiDate.FormatArabic(new DateOnly(2026, 4, 28)));

    [Fact]
    public void Format_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal("28 เมษายน พ.ศ. 2569", ThaiDate.FormatArabic(new DateOnly(2026, 4, 28)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Month_names_match_the_th_TH_culture_with_its_buddhist_calendar()
    {
        var thai = CultureInfo.GetCultureInfo("th-TH");
        Assert.IsType<ThaiBuddhistCalendar>(thai.DateTimeFormat.Calendar);

        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2026, month, 15);
            var expected = date.ToDateTime(TimeOnly.MinValue).ToString("d MMMM 'พ.ศ.' yyyy", thai);
            Assert.Equal(expected, ThaiDate.FormatArabic(date));
        }
    }
}
