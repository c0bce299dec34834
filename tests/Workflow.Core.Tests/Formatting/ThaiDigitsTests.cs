using Workflow.Core.Formatting;

namespace Workflow.Core.Tests.Formatting;

public class ThaiDigitsTests
{
    [Theory]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("นม 53801/335", "นม ๕๓๘๐๑/๓๓๕")]
    [InlineData("", "")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    public void ToThai_replaces_each_arabic_digit_and_keeps_everything_else(string arabic, string thai) =>
        Assert.Equal(thai, ThaiDigits.ToThai(arabic));

    [Theory]
    [InlineData("๐๑๒๓๔๕๖๗๘๙", "0123456789")]
    [InlineData("นม ๕๓๘๐๑/๓๓๕", "นม 53801/335")]
    public void ToArabic_replaces_each_thai_digit_and_keeps_everything_else(string thai, string arabic) =>
        Assert.Equal(arabic, ThaiDigits.ToArabic(thai));
}
