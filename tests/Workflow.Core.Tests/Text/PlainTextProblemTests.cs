using Workflow.Core.Text;

namespace Workflow.Core.Tests.Text;

public class PlainTextProblemTests
{
    // Code points, not strings: a lone surrogate in an attribute argument does not survive compilation.
    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xFDD0)]
    [InlineData(0xFDEF)]
    [InlineData(0x1FFFE)]
    [InlineData(0x10FFFF)]
    [InlineData(0xD800)]
    [InlineData(0xDFFF)]
    public void FindProblem_names_the_code_point_when_text_holds_a_noncharacter_or_lone_surrogate(int codePoint)
    {
        var problem = PlainTextRules.FindProblem("เรื่อง" + Character(codePoint) + "ท้าย", multiline: true);

        Assert.Equal(new TextProblem(TextFault.NotACharacter, codePoint, "เรื่อง".Length), problem);
    }

    private static string Character(int cp) => cp <= char.MaxValue ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    [Theory]
    [InlineData("a\u0001", false)]
    [InlineData("a\u0085", true)]
    [InlineData("a\nb", false)]
    [InlineData("a\tb", false)]
    public void FindProblem_refuses_control_characters_when_the_field_does_not_allow_them(string text, bool multiline) =>
        Assert.Equal(TextFault.ControlCharacter, PlainTextRules.FindProblem(text, multiline)?.Fault);

    [Theory]
    [InlineData("ใบแจ้งหนี้\u202Efdp.exe")]
    [InlineData("ข้อความ\u2066ซ่อน\u2069")]
    public void FindProblem_refuses_direction_controls_when_text_holds_them(string text) =>
        Assert.Equal(TextFault.DirectionControl, PlainTextRules.FindProblem(text, multiline: true)?.Fault);

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("< /b>")]
    [InlineData("<!-- x -->")]
    public void FindProblem_refuses_markup_when_text_holds_a_tag(string text) =>
        Assert.Equal(TextFault.Markup, PlainTextRules.FindProblem(text, multiline: true)?.Fault);

    [Fact]
    public void FindProblem_refuses_markup_hidden_by_a_zero_width_space_once_the_text_is_cleaned() =>
        Assert.Equal(TextFault.Markup, PlainTextRules.FindProblem(PlainTextRules.Clean("<\u200Bscript>", multiline: false), multiline: false)?.Fault);

    [Theory]
    [InlineData("ขออนุมัติ a < 5 ล้านบาท 😀 \U0001F468\u200D\U0001F469", false)]
    [InlineData("ย่อหน้าแรก\r\n\r\nย่อหน้าสอง\tจบ", true)]
    [InlineData("\uFFFD\uE000\U000F0000", false)]
    public void FindProblem_accepts_text_when_every_character_is_allowed(string text, bool multiline) =>
        Assert.Null(PlainTextRules.FindProblem(text, multiline));
}
