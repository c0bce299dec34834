using System.Net;
using System.Xml.Linq;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Production;

/// <summary>A whole working day in Production, through nginx on https://: sign in, write, route, sign, read the public site and feed.</summary>
public sealed class ProductionOverProxyTests(BrowserHost host, ProxiedProduction site) : IClassFixture<ProxiedProduction>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Officer> SignInAsync(string user)
    {
        var officer = await Officer.OpenAsync(host.Browser, site.BaseUrl);
        await officer.SignInAsync(user);
        return officer;
    }

    /// <summary>A client of the proxy that accepts its self-signed certificate.</summary>
    private static HttpClient ProxyClient(string baseUrl) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    }) { BaseAddress = new Uri(baseUrl) };

    [Fact]
    public async Task Memo_is_written_routed_signed_and_published_through_the_tls_proxy_in_production()
    {
        site.EnsureAvailable();
        var subject = $"รายงานผลการตรวจสอบผ่านพร็อกซี {Guid.NewGuid():N}"[..50];

        await using var legal = await SignInAsync("legal");
        Assert.All(await legal.Context.CookiesAsync(), c => Assert.True(c.Secure, $"cookie {c.Name} is not Secure"));
        await legal.WriteMemoAsync(subject);
        Assert.StartsWith(site.BaseUrl + "/memos/", legal.Page.Url);
        foreach (var user in new[] { "section", "office", "clerk" })
        {
            await using var approver = await SignInAsync(user);
            await approver.OpenFromInboxAsync(subject);
            await approver.EndorseAsync();
        }

        await using var mayor = await SignInAsync("mayor");
        await mayor.OpenFromInboxAsync(subject);
        await mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงนามอนุมัติ" }).ClickAsync();
        await Expect(mayor.Page.GetByTestId("memo-status")).ToHaveTextAsync("ลงนามแล้ว");

        await using var visitor = await Officer.OpenAsync(host.Browser, site.BaseUrl);
        var listed = visitor.Page.GetByRole(AriaRole.Link, new() { Name = subject });
        await Eventually.TrueAsync(async () =>
        {
            await visitor.Page.GotoAsync(visitor.Url($"/public?q={Uri.EscapeDataString(subject)}"));
            return await listed.CountAsync() == 1;
        }, TimeSpan.FromSeconds(30), "the signed memo on the public site behind the proxy");
        await listed.ClickAsync();
        await Expect(visitor.Page.GetByTestId("marginal-note")).ToHaveCountAsync(4);
        var pdfHref = await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "รายงานผลการตรวจสอบ.pdf" }).GetAttributeAsync("href");
        var pdf = await visitor.Context.APIRequest.GetAsync(visitor.Url(pdfHref!));
        Assert.Equal(TestPdf.Bytes, await pdf.BodyAsync());

        var feed = XDocument.Parse(await (await visitor.Context.APIRequest.GetAsync(visitor.Url("/public/feed.atom"))).TextAsync());
        var entry = Assert.Single(feed.Descendants(), e => e.Name.LocalName == "entry" && e.Value.Contains(subject, StringComparison.Ordinal));
        var link = entry.Elements().Single(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") is null or "alternate").Attribute("href")!.Value;
        Assert.Equal(visitor.Page.Url, link);
        Assert.DoesNotContain("usage telemetry", site.ServiceOutput, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task Feed_links_use_the_public_base_url_whatever_host_header_reaches_the_proxy(string hostHeader)
    {
        site.EnsureAvailable();
        using var client = ProxyClient(site.BaseUrl);
        client.DefaultRequestHeaders.Host = hostHeader;

        var feed = XDocument.Parse(await client.GetStringAsync("/public/feed.atom", Ct));

        var links = feed.Descendants().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(site.BaseUrl + "/", l));
    }

    [Fact]
    public async Task Host_the_service_does_not_serve_is_refused_through_the_proxy()
    {
        site.EnsureAvailable();
        using var client = ProxyClient(site.BaseUrl);
        client.DefaultRequestHeaders.Host = "evil.example";

        using var response = await client.GetAsync("/public", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Plain_http_to_the_service_itself_is_redirected_for_get_and_refused_for_post()
    {
        site.EnsureAvailable();
        using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Direct };

        using var get = await direct.GetAsync("/public?q=1", Ct);
        using var post = await direct.PostAsync("/account/login", new FormUrlEncodedContent([]), Ct);

        Assert.Equal(HttpStatusCode.PermanentRedirect, get.StatusCode);
        Assert.Equal(new Uri(site.BaseUrl + "/public?q=1"), get.Headers.Location);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task Https_answers_carry_hsts()
    {
        site.EnsureAvailable();
        using var client = ProxyClient(site.BaseUrl);

        using var response = await client.GetAsync("/public", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
