using System.Diagnostics;
using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// The XSS corpus in Chromium. The API refuses markup, so the payloads are written straight into the SQLite file
/// (memo fields, audit notes, display names, attachment names) of memos routed through the real service, one of
/// them signed so that the publication snapshot carries them to the public site and the feed. Every page is read
/// twice, with the CSP enforced and bypassed: bypassed, only the encoding stands between a payload and the page.
/// </summary>
public sealed class XssCorpusTests(BrowserHost host)
{
    private const string RawOrigin = "http://unencoded.test";

    [Fact]
    public async Task Stored_payloads_are_shown_as_text_and_never_run_on_any_page_with_or_without_the_csp()
    {
        var report = new XssReport();
        var pages = new XssPages(report);
        var clock = Stopwatch.StartNew();

        // Two runs side by side, each with people of its own: a display name carries one payload at a time.
        await Task.WhenAll(XssCorpus.All.Select((p, i) => XssTexts.For(p, i)).Chunk((XssCorpus.All.Count + 1) / 2).Select(async half =>
        {
            await using var scene = await XssScene.StartAsync(host);
            foreach (var t in half)
                await CheckAsync(scene, pages, report, t);
        }));

        var path = report.Write(clock.Elapsed);
        TestContext.Current.SendDiagnosticMessage($"XSS corpus: {report.Line()} in {clock.Elapsed.TotalSeconds:0} s; summary in {path}");
        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Take(100)));
        Assert.True(XssCorpus.All.Count >= 25);
        Assert.True(report.Checks >= XssCorpus.All.Count * 50, report.Line());
    }

    [Fact]
    public async Task Live_payloads_run_or_become_markup_when_served_unencoded_so_the_probe_would_see_them()
    {
        await using var viewer = await XssViewer.OpenAsync(host, "raw", null, bypassCsp: true);
        var html = "";
        await viewer.Page.RouteAsync($"{RawOrigin}/**", route => route.FulfillAsync(new() { ContentType = "text/html; charset=utf-8", Body = html }));
        var missed = new List<string>();
        var caught = 0;

        foreach (var payload in XssCorpus.All)
        {
            var p = payload.Text;
            html = $"<!DOCTYPE html><html><head><title>{p}</title></head><body><div>{p}</div><input value=\"{p}\"><input value='{p}'><textarea>{p}</textarea></body></html>";
            var findings = await viewer.OpenAsync($"{RawOrigin}/{payload.Id}");
            if (findings.Count > 0)
                caught++;
            else if (payload.Live)
                missed.Add(payload.Id);
        }

        TestContext.Current.SendDiagnosticMessage($"Unencoded: {caught} of {XssCorpus.All.Count} payloads ran or built markup.");
        Assert.Empty(missed);
        Assert.True(XssCorpus.All.Count(p => p.Live) >= 25);
    }

    [Fact]
    public async Task Probe_reports_an_inline_script_the_csp_blocked_and_a_dialog()
    {
        await using var viewer = await XssViewer.OpenAsync(host, "enforced", null, bypassCsp: false);
        await viewer.Page.RouteAsync($"{RawOrigin}/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "script-src 'self'" },
            Body = "<!DOCTYPE html><p>ok</p><script>window.__xss = 1</script>",
        }));

        var blocked = await viewer.OpenAsync($"{RawOrigin}/csp");
        await viewer.Page.EvaluateAsync("() => alert('ไทย')");
        var dialog = await viewer.FindingsAsync();

        Assert.Contains(blocked, f => f.StartsWith("CSP violation: script-src", StringComparison.Ordinal));
        Assert.DoesNotContain(blocked, f => f.StartsWith("marker", StringComparison.Ordinal));
        Assert.Contains(dialog, f => f.StartsWith("dialog alert \"ไทย\"", StringComparison.Ordinal));
    }

    /// <summary>One payload: two memos submitted (inboxes), one returned (edit page), one signed and published (memo, public pages, feed).</summary>
    private static async Task CheckAsync(XssScene scene, XssPages pages, XssReport report, XssTexts t)
    {
        var (signed, returned) = await scene.SubmitTwoAsync(t);
        var reflected = Task.WhenAll(Modes(m => pages.ReflectedAsync(scene.Visitors[m], t)));
        await Task.WhenAll(Modes(m => pages.InboxAsync(scene.Sections[m], t)).Concat(Modes(m => pages.MineAsync(scene.Authors[m], t))));

        var (publication, number) = await scene.SignAndReturnAsync(t, signed, returned);
        await reflected;
        await Task.WhenAll(
            Modes(async m =>
            {
                await pages.MemoAsync(scene.Authors[m], t, signed);
                await pages.EditAsync(scene.Authors[m], t, returned);
            }).Concat(Modes(async m =>
            {
                await pages.PublicListAsync(scene.Visitors[m], t);
                await pages.PublicMemoAsync(scene.Visitors[m], t, publication);
            })));
        await XssFeed.CheckAsync(report, scene["author"], t, publication, number);
    }

    /// <summary>The same check with the CSP enforced (viewer 0) and bypassed (viewer 1), at once.</summary>
    private static IEnumerable<Task> Modes(Func<int, Task> check) => [check(0), check(1)];
}
