using Workflow.Core.Numbering;

namespace Workflow.Core.Tests.Numbering;

public class RegisterNumberTests
{
    [Fact]
    public void Format_with_thai_digits_converts_the_prefix_digits_too() =>
        Assert.Equal("นม ๕๓๘๐๑/๓๓๕", RegisterNumber.Format("นม 53801", 335, thaiDigits: true));

    [Fact]
    public void Format_with_arabic_digits_converts_a_thai_prefix_back() =>
        Assert.Equal("นม 53801/335", RegisterNumber.Format("นม ๕๓๘๐๑", 335, thaiDigits: false));

    [Fact]
    public void Format_writes_the_number_without_padding() =>
        Assert.Equal("นม 53801/1", RegisterNumber.Format("นม 53801", 1, thaiDigits: false));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Format_rejects_a_number_below_one(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterNumber.Format("นม 53801", number, thaiDigits: true));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Format_rejects_an_empty_prefix(string prefix) =>
        Assert.Throws<ArgumentException>(() => RegisterNumber.Format(prefix, 1, thaiDigits: true));
}
