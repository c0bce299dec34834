using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Sealing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Sealing;

/// <summary>The seal on a SkiaSharp PDF, as poppler's pdfsig and the service's own check see it.</summary>
public sealed class PadesSealTests(SealedApp app) : IClassFixture<SealedApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IPdfSeal Seal => app.Services.GetRequiredService<IPdfSeal>();

    [Fact]
    public async Task Pdfsig_reports_the_seal_valid_over_the_total_document_and_names_the_municipality()
    {
        var sealedPdf = await Seal.SealAsync(SkiaPdf.ThaiPage(), Ct);

        var report = await Pdfsig.ReportAsync(sealedPdf.Bytes, app.Root);

        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.Contains(TestCertificates.SealSubject, report);
        Assert.Contains("ETSI.CAdES.detached", report);
        Assert.Equal(TestCertificates.SealSubject, sealedPdf.SealedBy);
    }

    [Fact]
    public async Task The_renderers_bytes_stay_as_they_were_in_front_of_the_seal()
    {
        var original = SkiaPdf.ThaiPage();

        var sealedPdf = await Seal.SealAsync(original, Ct);

        Assert.Equal(original, sealedPdf.Bytes[..original.Length]);
    }

    [Fact]
    public async Task Check_says_genuine_with_the_signer_and_the_time_of_the_seal()
    {
        var sealedPdf = await Seal.SealAsync(SkiaPdf.ThaiPage(), Ct);

        var check = Seal.Check(sealedPdf.Bytes);

        Assert.True(check.Genuine);
        Assert.Equal(TestCertificates.SealSubject, check.SealedBy);
        Assert.Equal(sealedPdf.SealedAt, check.SealedAt);
    }

    [Fact]
    public async Task One_byte_changed_inside_the_signed_range_is_invalid_for_pdfsig_and_not_intact_for_check()
    {
        var original = SkiaPdf.ThaiPage();
        var changed = (await Seal.SealAsync(original, Ct)).Bytes;
        changed[original.Length / 2] ^= 0x01;

        var report = await Pdfsig.ReportAsync(changed, app.Root);
        var check = Seal.Check(changed);

        Assert.Contains("Signature Validation: Digest Mismatch.", report);
        Assert.True(check.Sealed);
        Assert.False(check.Intact);
        Assert.False(check.Genuine);
    }

    [Fact]
    public async Task Bytes_appended_after_the_seal_do_not_cover_the_whole_file()
    {
        var sealedPdf = (await Seal.SealAsync(SkiaPdf.ThaiPage(), Ct)).Bytes;
        var appended = sealedPdf.Concat("\n% added later\n"u8.ToArray()).ToArray();

        var check = Seal.Check(appended);

        Assert.True(check.Intact);
        Assert.False(check.CoversWholeFile);
        Assert.False(check.Genuine);
    }

    [Fact]
    public async Task A_seal_made_with_another_certificate_is_not_this_municipalitys()
    {
        await using var other = new SealedApp();
        var foreign = await other.Services.GetRequiredService<IPdfSeal>().SealAsync(SkiaPdf.ThaiPage(), Ct);

        var check = Seal.Check(foreign.Bytes);

        Assert.True(check.Intact);
        Assert.False(check.ByThisMunicipality);
        Assert.False(check.Genuine);
    }

    public static TheoryData<string> Garbage => new()
    {
        "",
        "not a pdf at all",
        "%PDF-1.7\n1 0 obj << /ByteRange [0 10 20 30] /Contents <zz> >>",
        "%PDF-1.7\n/ByteRange [0 999999999999 999999999999 999999999999]",
        "%PDF-1.7\n/ByteRange [0 5 3 0] <3082>",
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Garbage_is_not_genuine_and_never_throws(string content)
    {
        var check = Seal.Check(System.Text.Encoding.Latin1.GetBytes(content));

        Assert.False(check.Genuine);
        Assert.False(check.Intact);
    }

    [Fact]
    public async Task A_truncated_sealed_file_is_not_intact()
    {
        var sealedPdf = (await Seal.SealAsync(SkiaPdf.ThaiPage(), Ct)).Bytes;

        var check = Seal.Check(sealedPdf.AsSpan(0, sealedPdf.Length - 200));

        Assert.False(check.Intact);
    }
}
