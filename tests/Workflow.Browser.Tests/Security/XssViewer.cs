using System.Collections.Concurrent;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// One person at one browser, with the site's Content-Security-Policy enforced or bypassed: with it bypassed an
/// injected inline script would run, so a quiet page there shows the text was encoded, not merely blocked.
/// </summary>
public sealed class XssViewer(Officer officer, string who, bool bypassCsp, ConcurrentQueue<string> dialogs) : IAsyncDisposable
{
    public string Name => $"{who}{(BypassCsp ? " (CSP bypassed)" : "")}";

    public bool BypassCsp { get; } = bypassCsp;

    public IPage Page => officer.Page;

    public static async Task<XssViewer> OpenAsync(BrowserHost host, string who, string? userName, bool bypassCsp)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var dialogs = new ConcurrentQueue<string>();
        await XssProbe.WatchAsync(context, dialogs);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var officer = new Officer(host.BaseUrl, context, page);
        if (userName is not null)
            await officer.SignInAsync(userName);
        return new XssViewer(officer, who, bypassCsp, dialogs);
    }

    /// <summary>Opens the page of the site and answers what the probe found (marker, dialogs, CSP reports, elements, attributes).</summary>
    public Task<IReadOnlyList<string>> VisitAsync(string path, int expectedStatus = 200) => OpenAsync(officer.Url(path), expectedStatus);

    public async Task<IReadOnlyList<string>> OpenAsync(string url, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(url);
        var found = (await FindingsAsync()).ToList();
        if (response?.Status != expectedStatus)
            found.Add($"status {response?.Status} instead of {expectedStatus}");
        return found;
    }

    public async Task<IReadOnlyList<string>> FindingsAsync()
    {
        var found = (await XssProbe.FindingsAsync(Page)).ToList();
        while (dialogs.TryDequeue(out var dialog))
            found.Add($"dialog {dialog}");
        return found;
    }

    /// <summary>
    /// Each element's text without the spaces, tabs and line breaks the markup puts around it (a list cell holds the
    /// class badges before the subject); stored text never begins or ends with them, since input is trimmed.
    /// </summary>
    public Task<string[]> TextsAsync(string selector) =>
        Page.EvaluateAsync<string[]>("s => [...document.querySelectorAll(s)].map(e => e.textContent.replace(/^[ \\t\\r\\n]+|[ \\t\\r\\n]+$/g, ''))", selector);

    public Task<string[]> ValuesAsync(string selector) =>
        Page.EvaluateAsync<string[]>("s => [...document.querySelectorAll(s)].map(e => e.value)", selector);

    public ValueTask DisposeAsync() => officer.DisposeAsync();
}
