using System.Globalization;
using Workflow.Web.Pdf;

namespace Workflow.Web.Tests.Pdf;

public sealed class ThaiLineBreakerTests
{
    private static float Chars(string s) => s.Length;

    [Fact]
    public void Lines_break_at_spaces_when_the_words_fit()
    {
        var lines = ThaiLineBreaker.Break("ตามที่ เทศบาล ได้มอบหมาย", 14, 14, Chars);

        Assert.Equal(["ตามที่ เทศบาล", "ได้มอบหมาย"], lines);
    }

    [Fact]
    public void First_line_has_its_own_width_for_the_indent()
    {
        var lines = ThaiLineBreaker.Break("ก ข ค ง จ ฉ", 3, 11, Chars);

        Assert.Equal(["ก ข", "ค ง จ ฉ"], lines);
    }

    [Fact]
    public void Run_without_spaces_breaks_between_dictionary_words()
    {
        Assert.True(IcuWordBreaks.Available, "ICU, which .NET uses for globalization on Linux, was not found");

        var lines = ThaiLineBreaker.Break("ดำเนินงานด้านกฎหมายประจำปีงบประมาณ", 14, 14, Chars);

        Assert.Equal(["ดำเนินงานด้าน", "กฎหมายประจำ", "ปีงบประมาณ"], lines);
    }

    [Fact]
    public void Without_a_dictionary_a_run_breaks_before_a_leading_vowel_and_after_mai_yamok()
    {
        Assert.Equal([6, 15], ThaiLineBreaker.SyllableEdges("รายงานเรียบร้อยแล้ว"));
        Assert.Equal([5, 8], ThaiLineBreaker.SyllableEdges("ต่างๆกันไป"));
    }

    [Fact]
    public void Run_longer_than_a_line_never_separates_a_mark_from_its_consonant()
    {
        const string text = "ที่นี่น้ำผู้ใหญ่กี่ปีปั้นจิ้มก๊วยเตี๋ยวสิ่งที่ส่งมาด้วย";

        var lines = ThaiLineBreaker.Break(text, 5, 5, Chars);

        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, line =>
        {
            Assert.NotEqual(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory(line[0]));
            Assert.NotEqual('\u0E33', line[0]);
            Assert.False(line[^1] is >= '\u0E40' and <= '\u0E44', $"\"{line}\" ends with a leading vowel");
        });
        Assert.All(lines, l => Assert.True(l.Length <= 5, $"\"{l}\" is wider than the line"));
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([""], ThaiLineBreaker.Break("", 10, 10, Chars));
    }
}
