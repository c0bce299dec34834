using Workflow.Web.Application;

namespace Workflow.Web.Tests.Accounts;

/// <summary>The shipped list of common passwords and how a password is matched against it.</summary>
public sealed class PasswordRulesTests
{
    [Fact]
    public void Common_password_list_ships_thousands_of_entries()
    {
        Assert.InRange(CommonPasswords.Shipped.Count, 5_000, 50_000);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("Password2026!")]
    [InlineData("!!monkey123")]
    [InlineData("qwerty123456")]
    public void Common_password_is_found_whatever_its_case_and_the_digits_and_symbols_around_it(string password)
    {
        Assert.True(CommonPasswords.Shipped.Contains(password));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("ต้นมะม่วงหลังศาลาเทศบาล")]
    [InlineData("pass-word-of-the-clerk")]
    [InlineData("2569-12-01")]
    public void Uncommon_password_is_not_found(string password)
    {
        Assert.False(CommonPasswords.Shipped.Contains(password));
    }
}
