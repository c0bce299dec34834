using System.Text.RegularExpressions;
using Workflow.Core.Formatting;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Reads ที่ as the service writes it: "นม ๕๓๘๐๑/" then the number in Thai digits.</summary>
public static partial class RegisterNumbers
{
    [GeneratedRegex("^นม ๕๓๘๐๑/[๑-๙][๐-๙]*$")]
    public static partial Regex Format();

    public static int Number(string? registerNumber)
    {
        Assert.NotNull(registerNumber);
        Assert.Matches(Format(), registerNumber);
        return int.Parse(ThaiDigits.ToArabic(registerNumber[(registerNumber.IndexOf('/') + 1)..]), System.Globalization.CultureInfo.InvariantCulture);
    }
}
