namespace Workflow.Web.Pages.Support;

/// <summary>Marker for the interface texts: Resources/Pages/Support/UiText.resx (Thai) and UiText.en.resx (English).</summary>
public sealed class UiText;
