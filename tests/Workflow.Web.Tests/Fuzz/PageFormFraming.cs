using CsCheck;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Bodies no page can read: multipart cut short, without its closing boundary or announced with another boundary
/// or none, more fields than the form reader allows, a field name longer than it allows, or no form at all.
/// </summary>
public static class PageFormFraming
{
    public static Gen<(PageFormBody Body, string Defect)> Defects(PageFormBody body)
    {
        var notAForm = Gen.OneOf("text/plain", "application/json", "application/xml", "multipart/mixed; boundary=x", "")
            .Select(t => (body with { ContentType = t }, $"sent as '{t}'"));
        var tooMany = Gen.Int[1_025, 1_500].Select(n =>
            (body with { Fields = [.. body.Fields, .. Enumerable.Range(0, n).Select(i => ($"f{i}", "x"))] }, $"{n} more fields"));
        // The form reader's limits: 2,048 characters for a url-encoded key, 16 KB for the headers of a multipart section.
        var longKey = (body.Multipart ? Gen.Int[16_400, 20_000] : Gen.Int[2_049, 10_000])
            .Select(n => (body with { Fields = [(new string('k', n), "x"), .. body.Fields] }, $"field name of {n} characters"));
        var broken = body.Multipart
            ? Gen.OneOf("truncated", "no-closing-boundary", "no-boundary", "other-boundary").Select(f => (body with { Framing = f }, $"multipart {f}"))
            : Gen.OneOf<string>("multipart/form-data; boundary=----page-form-fuzz-Zq7", "multipart/form-data")
                .Select(t => (body with { ContentType = t }, $"url-encoded sent as '{t}'"));
        return Gen.Frequency((2, broken), (1, notAForm), (1, tooMany), (1, longKey));
    }
}
