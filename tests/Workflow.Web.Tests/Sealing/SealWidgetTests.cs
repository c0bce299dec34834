using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Sealing;
using Workflow.Web.Tests.Pdf;

namespace Workflow.Web.Tests.Sealing;

/// <summary>
/// The seal's field widget is an annotation of the first page, so readers that list signatures by their widget
/// (Acrobat) show it: invisible, pointing at its page, and in the page's /Annots as the page is written last.
/// </summary>
public sealed partial class SealWidgetTests(SealedApp app) : IClassFixture<SealedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"(?<![0-9])([0-9]+) 0 obj\s*<< /Type /Annot /Subtype /Widget /FT /Sig [^\n]*?/F 132 /Rect \[0 0 0 0\] /P ([0-9]+) 0 R >>")]
    private static partial Regex Widget();

    /// <summary>The dictionary of the object's last definition, up to its endobj (the page has no stream).</summary>
    private static string LastDefinition(string pdf, string number)
    {
        var found = new Regex($@"(?<![0-9]){number} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline).Matches(pdf);
        Assert.NotEmpty(found);
        return found[^1].Groups[1].Value;
    }

    [Fact]
    public async Task The_first_page_lists_the_invisible_seal_widget_in_its_annots_and_pdfsig_still_finds_it_valid()
    {
        var sealedPdf = await app.Services.GetRequiredService<IPdfSeal>().SealAsync(SkiaPdf.ThaiPage(), Ct);
        var text = Encoding.Latin1.GetString(sealedPdf.Bytes);

        var widget = Widget().Match(text);
        Assert.True(widget.Success, "No invisible signature widget with /P.");
        var page = LastDefinition(text, widget.Groups[2].Value);
        Assert.Matches(@"/Type\s*/Page(?![A-Za-z])", page);
        Assert.Matches($@"/Annots\s*\[[^\]]*(?<![0-9]){widget.Groups[1].Value} 0 R", page);
        Assert.Contains("/Parent", page);
        Assert.Contains("/MediaBox", page);
        Assert.Contains("Signature is Valid.", await Pdfsig.ReportAsync(sealedPdf.Bytes, app.Root));
        var file = WriteTo(sealedPdf.Bytes);
        Assert.Equal(1, Poppler.Pages(file));
        Assert.Contains("บันทึกข้อความ", Poppler.Text(file));
    }

    [Fact]
    public async Task A_page_with_a_link_keeps_it_in_its_annots_beside_the_seal_widget()
    {
        var original = Encoding.Latin1.GetString(SkiaPdf.ThaiPage(link: "https://chokchai.example.go.th/public"));
        var link = LinkAnnotation().Match(original);
        Assert.True(link.Success, "The renderer wrote no link annotation.");

        var sealedPdf = await app.Services.GetRequiredService<IPdfSeal>().SealAsync(Encoding.Latin1.GetBytes(original), Ct);
        var text = Encoding.Latin1.GetString(sealedPdf.Bytes);
        var widget = Widget().Match(text);
        var page = LastDefinition(text, widget.Groups[2].Value);

        Assert.Matches($@"/Annots\s*\[[^\]]*(?<![0-9]){widget.Groups[1].Value} 0 R", page);
        Assert.Matches($@"/Annots\s*\[[^\]]*(?<![0-9]){link.Groups[1].Value} 0 R", page);
        Assert.Contains("Signature is Valid.", await Pdfsig.ReportAsync(sealedPdf.Bytes, app.Root));
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]+) 0 obj\s*<<\s*/Type /Annot\s*/Subtype /Link")]
    private static partial Regex LinkAnnotation();

    private string WriteTo(byte[] pdf)
    {
        var path = Path.Combine(app.Root, $"widget-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
