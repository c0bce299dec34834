using Workflow.Core.Text;

namespace Workflow.Core.Tests.Text;

public class PlainTextCleanTests
{
    [Theory]
    [InlineData("การ\u200Bประชุม\u200Bสภา", "การประชุมสภา")]
    [InlineData("\uFEFFรายงาน", "รายงาน")]
    [InlineData("รา\u00ADยงาน", "รายงาน")]
    [InlineData("ราย\u2060งาน", "รายงาน")]
    [InlineData("ราย\u200C\u200Dงาน", "รายงาน")]
    [InlineData("ราย\u200E\u200F\u061Cงาน", "รายงาน")]
    [InlineData("ราย\u115F\u1160\u3164\uFFA0งาน", "รายงาน")]
    [InlineData("ราย\U000E0041\U000E007Fงาน", "รายงาน")]
    [InlineData("ราย\uFE0F\U000E0100งาน", "รายงาน")]
    [InlineData("ราย\uFFF9ซ่อน\uFFFBงาน", "รายซ่อนงาน")]
    public void Clean_removes_invisible_characters_when_text_carries_them(string text, string expected) =>
        Assert.Equal(expected, PlainTextRules.Clean(text, multiline: false));

    [Theory]
    [InlineData("\fเรียน นายกเทศมนตรี")]
    [InlineData("เรียน นายกเทศมนตรี\u0085")]
    [InlineData("\u001Fเรียน นายกเทศมนตรี")]
    [InlineData("\vเรียน นายกเทศมนตรี")]
    public void Clean_keeps_a_control_character_at_either_end_so_that_it_is_refused_like_one_in_the_middle(string text)
    {
        var cleaned = PlainTextRules.Clean(text, multiline: true);

        Assert.Equal(TextFault.ControlCharacter, PlainTextRules.FindProblem(cleaned, multiline: true)?.Fault);
    }

    [Theory]
    [InlineData(" \t\r\nเรียน นายกเทศมนตรี \n", "เรียน นายกเทศมนตรี")]
    [InlineData("\u3000เรียน\u00A0", "เรียน")]
    public void Clean_trims_spaces_tabs_and_line_breaks_at_the_ends(string text, string expected) =>
        Assert.Equal(expected, PlainTextRules.Clean(text, multiline: true));

    [Theory]
    [InlineData("Cafe\u0301", "Caf\u00E9")]
    [InlineData("ก\u0E48\u0E38", "ก\u0E38\u0E48")]
    [InlineData("\u1100\u1161", "\uAC00")]
    public void Clean_normalises_to_nfc_when_text_is_decomposed_or_out_of_order(string text, string expected) =>
        Assert.Equal(expected, PlainTextRules.Clean(text, multiline: false));

    [Theory]
    [InlineData("หนึ่ง\u2028สอง", true, "หนึ่ง\nสอง")]
    [InlineData("หนึ่ง\u2029สอง", true, "หนึ่ง\n\nสอง")]
    [InlineData("หนึ่ง\u2028สอง", false, "หนึ่ง สอง")]
    [InlineData("หนึ่ง\u2029สอง", false, "หนึ่ง สอง")]
    public void Clean_turns_line_and_paragraph_separators_into_breaks_or_spaces(string text, bool multiline, string expected) =>
        Assert.Equal(expected, PlainTextRules.Clean(text, multiline));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData(" \u3164 \uFEFF ")]
    [InlineData("\u2800\u2800")]
    [InlineData("\u00A0\u3000\u2028")]
    public void Clean_answers_empty_when_the_text_would_show_as_blank(string text) =>
        Assert.Equal("", PlainTextRules.Clean(text, multiline: true));

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0x1FFFF)]
    [InlineData(0x202E)]
    [InlineData(0xD800)]
    [InlineData(0x0007)]
    public void Clean_keeps_what_is_refused_so_that_the_check_finds_it(int codePoint)
    {
        var text = "เรื่อง" + (codePoint <= char.MaxValue ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint)) + "ท้าย";

        Assert.Equal(text, PlainTextRules.Clean(text, multiline: true));
    }

    [Fact]
    public void Clean_keeps_line_breaks_when_the_field_is_multi_line() =>
        Assert.Equal("บรรทัด\r\nใหม่\tต่อ", PlainTextRules.Clean("บรรทัด\r\nใหม่\tต่อ", multiline: true));

    [Fact]
    public void Clean_keeps_thai_emoji_and_punctuation_when_they_are_visible() =>
        Assert.Equal("ขออนุมัติ ๓ รายการ 😀👍🏽 a < 5 (ด่วน)", PlainTextRules.Clean("  ขออนุมัติ ๓ รายการ 😀👍🏽 a < 5 (ด่วน) ", multiline: false));

    [Fact]
    public void Clean_gives_the_same_text_when_run_twice()
    {
        var once = PlainTextRules.Clean("\u200Bก\u0E48\u0E38\u2029e\u0301\uFEFF", multiline: true);

        Assert.Equal(once, PlainTextRules.Clean(once, multiline: true));
    }
}
