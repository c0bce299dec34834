namespace Workflow.Web.Tests.Security;

/// <summary>Parts of a rendered page, found by the data-testid the pages put on them.</summary>
public static class PageHtml
{
    /// <summary>The table with this data-testid, up to its end; empty when the page has none.</summary>
    public static string Table(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
