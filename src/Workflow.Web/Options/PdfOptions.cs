namespace Workflow.Web.Options;

/// <summary>Where the official PDF finds its font: Laksaman (regular and bold), metrically compatible with TH Sarabun (ADR 29).</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public const string RegularFile = "Laksaman.ttf";

    public const string BoldFile = "Laksaman-Bold.ttf";

    /// <summary>Folder holding Laksaman.ttf and Laksaman-Bold.ttf; Debian's fonts-thai-tlwg puts them here. Relative paths are under the content root.</summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/tlwg";

    public string FullDirectory(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, FontDirectory));

    public string FontPath(string contentRoot, string file) => Path.Combine(FullDirectory(contentRoot), file);
}
