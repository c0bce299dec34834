using Microsoft.Extensions.Localization;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Support;

/// <summary>The product's name with the organisation's, as the header, the footer and the page titles show it; neutral until a name is set.</summary>
public sealed class SiteName(OrganisationProfile organisation, IStringLocalizer<UiText> t, DisplayText show)
{
    public string Organisation => organisation.Current.NameIn(show.English);

    public string Brand => Organisation.Length == 0 ? t["App.Name"] : t["App.NameOf", Organisation];

    public string Footer => Organisation.Length == 0 ? t["App.Footer"] : t["App.FooterOf", Organisation];
}
