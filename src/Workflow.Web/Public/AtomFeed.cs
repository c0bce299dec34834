using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Workflow.Core.Text;

namespace Workflow.Web.Public;

/// <summary>The public Atom feed of published memos, built with System.ServiceModel.Syndication.</summary>
public static class AtomFeed
{
    public static string Write(IReadOnlyList<PublicMemo> memos, Uri baseUri, string title)
    {
        var items = memos.Select(m =>
        {
            var link = new Uri(baseUri, m.Url);
            var summary = $"ที่ {m.Memo.RegisterNumber} วันที่ {m.Memo.MemoDateThai} — {string.Join(" ", m.Memo.Paragraphs.Take(1))}";
            var item = new SyndicationItem(XmlSafe($"{m.Memo.RegisterNumber} {m.Memo.Subject}"), XmlSafe(summary), link, $"urn:uuid:{m.Id}", m.PublishedAt)
            {
                PublishDate = m.Memo.SignedAt,
            };
            item.Authors.Add(new SyndicationPerson { Name = XmlSafe(m.Memo.Issuer) });
            if (m.Pdf is { } pdf)
                item.Links.Add(SyndicationLink.CreateMediaEnclosureLink(new Uri(baseUri, pdf.Url), "application/pdf", pdf.Size));
            return item;
        }).ToList();
        var feed = new SyndicationFeed(title, "บันทึกข้อความที่ลงนามแล้วและเผยแพร่ต่อสาธารณะ", new Uri(baseUri, "/public"), "urn:workflow:public-memos",
            memos.Count > 0 ? memos[0].PublishedAt : DateTimeOffset.UnixEpoch, items)
        {
            Language = "th",
        };
        feed.Links.Add(new SyndicationLink(new Uri(baseUri, "/public/feed.atom"), "self", title, "application/atom+xml", 0));

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>
    /// Stored text from before the input rules (or written past them) may hold what XML cannot carry, and one such
    /// character made XmlWriter throw for the whole feed: each becomes U+FFFD, visibly, instead (ADR 10).
    /// </summary>
    private static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var cp = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var ok = PlainTextRules.IsCharacter(cp);
            if (!ok && safe is null)
                safe = new StringBuilder(text, 0, i, text.Length);
            safe?.Append(ok ? text.AsSpan(i, pair ? 2 : 1) : "\uFFFD");
            if (pair)
                i++;
        }

        return safe?.ToString() ?? text;
    }
}
