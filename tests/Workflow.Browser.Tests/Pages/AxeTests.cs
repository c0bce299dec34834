using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Pages;

/// <summary>axe-core on every page in every state, Thai and English: WCAG 2.1 A and AA, no violation allowed.</summary>
public sealed class AxeTests(BrowserHost host)
{
    internal static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Every_page_has_no_wcag_21_aa_violation_when_axe_checks_it_in_thai_and_english()
    {
        _ = host.Browser;
        var tour = await PageTour.BuildAsync(host);
        var found = new List<string>();
        var checkedPages = 0;

        foreach (var culture in PageTour.Cultures)
            await tour.VisitAsync(host, culture, async (stop, page, _) =>
            {
                var result = await page.RunAxe(Wcag21);
                checkedPages++;
                found.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n =>
                    $"{stop.Name} ({culture}): {v.Id} [{v.Impact}] {v.Help} at {n.Target}: {n.Html}")));
            });

        Assert.Equal(tour.Stops.Count * PageTour.Cultures.Length, checkedPages);
        Assert.True(found.Count == 0, $"axe found {found.Count} violation(s):\n{string.Join("\n", found)}");
    }
}
