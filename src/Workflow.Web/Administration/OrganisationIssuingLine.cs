using Workflow.Core.Formatting;

namespace Workflow.Web.Administration;

/// <summary>
/// The ส่วนราชการ line of the organisation itself ("เทศบาลตำบลโชคชัย <address> โทร <telephone>"), for an author whose
/// department writes none: written in Thai digits, as the department lines are.
/// </summary>
public static class OrganisationIssuingLine
{
    private const string TelephonePrefix = "โทร ";

    /// <summary>The line, or null while the organisation has no name yet (nothing sensible to prefill).</summary>
    public static string? Of(OrganisationView organisation)
    {
        if (string.IsNullOrWhiteSpace(organisation.NameTh))
            return null;
        var parts = new List<string> { organisation.NameTh.Trim() };
        if (!string.IsNullOrWhiteSpace(organisation.Address))
            parts.Add(organisation.Address.Trim());
        if (!string.IsNullOrWhiteSpace(organisation.Telephone))
            parts.Add(TelephonePrefix + organisation.Telephone.Trim());
        return ThaiDigits.ToThai(string.Join(' ', parts));
    }
}
