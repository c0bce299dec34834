using System.Globalization;
using Workflow.Core.Formatting;

namespace Workflow.Core.Numbering;

/// <summary>The ที่ line: the agency's letter code, "/", the register number, e.g. "นม ๕๓๘๐๑/๓๓๕".</summary>
public static class RegisterNumber
{
    /// <summary>
    /// The prefix's digits follow the chosen script too, so a prefix configured either way
    /// never yields a reference mixing Thai and Arabic digits.
    /// </summary>
    public static string Format(string prefix, int number, bool thaiDigits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var reference = $"{prefix.Trim()}/{number.ToString(CultureInfo.InvariantCulture)}";
        return thaiDigits ? ThaiDigits.ToThai(reference) : ThaiDigits.ToArabic(reference);
    }
}
