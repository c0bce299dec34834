using System.Xml.Linq;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// The Atom feed read as text: the payload is escaped in the XML, reads back exactly once parsed, sits in text
/// constructs (type="text", which feed readers never render as HTML), and adds no element to the entry.
/// </summary>
public static class XssFeed
{
    private const string Who = "feed reader";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly HashSet<string> EntryElements = ["id", "title", "summary", "content", "link", "author", "updated", "published"];

    public static async Task CheckAsync(XssReport report, XssApi api, XssTexts t, Guid publication, string registerNumber)
    {
        const string page = "atom feed";
        var xml = await api.GetTextAsync("/public/feed.atom");
        report.Visited(t, Who, page, []);
        var payload = t.Payload.Text;
        if ((payload.Contains('<') || payload.Contains('&')) && xml.Contains(payload, StringComparison.Ordinal))
            report.Failed(t, "the feed carries the payload unescaped");
        var entry = XDocument.Parse(xml).Root!.Elements(Atom + "entry")
            .FirstOrDefault(e => (string?)e.Element(Atom + "id") == $"urn:uuid:{publication}");
        if (entry is null)
        {
            report.Failed(t, $"no feed entry urn:uuid:{publication}");
            return;
        }

        foreach (var extra in entry.Descendants().Where(e => e.Parent == entry && !EntryElements.Contains(e.Name.LocalName) || e.Name.Namespace != Atom))
            report.Failed(t, $"feed entry has an element <{extra.Name}>");
        // Text constructs only: a link's type is its target's media type (the sealed PDF's enclosure is application/pdf).
        foreach (var text in entry.Elements().Where(e => e.Name.LocalName != "link" && e.Attribute("type") is { } type && type.Value != "text"))
            report.Failed(t, $"feed <{text.Name.LocalName}> has type=\"{text.Attribute("type")!.Value}\"");
        report.Field(t, Who, page, "subject", [(string?)entry.Element(Atom + "title") ?? ""], $"{registerNumber} {t.Subject}");
        report.Field(t, Who, page, "body", [(string?)entry.Element(Atom + "summary") ?? (string?)entry.Element(Atom + "content") ?? ""], "— " + t.Body, contains: true);
        report.Field(t, Who, page, "issuer", [.. entry.Elements(Atom + "author").Select(a => (string?)a.Element(Atom + "name") ?? "")], t.Issuer);
    }
}
