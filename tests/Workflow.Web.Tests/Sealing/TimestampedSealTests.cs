using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Sealing;

namespace Workflow.Web.Tests.Sealing;

/// <summary>PAdES B-T: with Seal:TimestampUrl the seal carries the authority's RFC 3161 token over its signature value.</summary>
public sealed class TimestampedSealTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seal_carries_a_time_stamp_token_over_its_signature_and_stays_valid()
    {
        await using var authority = new TestTimestampAuthority();
        await using var app = new SealedApp();
        app.Settings["Seal:TimestampUrl"] = authority.Url;
        var seal = app.Services.GetRequiredService<IPdfSeal>();

        var sealedPdf = await seal.SealAsync(SkiaPdf.ThaiPage(), Ct);

        var report = await Pdfsig.ReportAsync(sealedPdf.Bytes, app.Root);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.True(seal.Check(sealedPdf.Bytes).Genuine);
        Assert.Equal(1, authority.Requests);
        var signerInfo = SignerOf(sealedPdf.Bytes);
        var attribute = Assert.Single(signerInfo.UnsignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.14");
        Assert.True(Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _));
        Assert.True(token!.VerifySignatureForSignerInfo(signerInfo, out _));
    }

    private static SignerInfo SignerOf(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf("/Contents <", StringComparison.Ordinal) + "/Contents <".Length;
        var bytes = Convert.FromHexString(text[start..text.IndexOf('>', start)]);
        AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var length);
        var cms = new SignedCms();
        cms.Decode(bytes.AsSpan(0, length));
        return cms.SignerInfos[0];
    }
}
