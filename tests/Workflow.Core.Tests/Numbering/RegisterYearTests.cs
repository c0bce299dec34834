using Workflow.Core.Numbering;

namespace Workflow.Core.Tests.Numbering;

public class RegisterYearTests
{
    [Theory]
    [InlineData(2026, 1, 1, 2569)]
    [InlineData(2026, 4, 28, 2569)]
    [InlineData(2026, 12, 31, 2569)]
    [InlineData(2025, 12, 31, 2568)]
    public void For_calendar_basis_is_the_buddhist_era_year_of_the_date(int year, int month, int day, int expected) =>
        Assert.Equal(expected, RegisterYear.For(new DateOnly(year, month, day), RegisterYearBasis.Calendar));

    [Theory]
    [InlineData(2025, 9, 30, 2568)]
    [InlineData(2025, 10, 1, 2569)]
    [InlineData(2026, 1, 1, 2569)]
    [InlineData(2026, 9, 30, 2569)]
    [InlineData(2026, 10, 1, 2570)]
    public void For_fiscal_basis_runs_october_to_september_named_by_the_year_it_ends_in(int year, int month, int day, int expected) =>
        Assert.Equal(expected, RegisterYear.For(new DateOnly(year, month, day), RegisterYearBasis.Fiscal));

    [Fact]
    public void For_rejects_an_undefined_basis() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterYear.For(new DateOnly(2026, 1, 1), (RegisterYearBasis)7));
}
