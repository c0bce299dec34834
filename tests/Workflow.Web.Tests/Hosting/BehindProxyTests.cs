using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Hosting;

/// <summary>Production on real Kestrel, reached as a TLS proxy on the same host reaches it, and directly over plain HTTP.</summary>
public sealed partial class BehindProxyTests(ProxiedWorkflowApp app) : IClassFixture<ProxiedWorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("^([^=;]+=[^;]*)")]
    private static partial Regex CookiePair();

    private static void Keep(HttpResponseMessage response, Dictionary<string, string> jar)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies))
            return;
        foreach (var pair in cookies.Select(c => CookiePair().Match(c).Groups[1].Value))
            jar[pair[..pair.IndexOf('=', StringComparison.Ordinal)]] = pair;
    }

    private static HttpRequestMessage WithCookies(HttpRequestMessage request, Dictionary<string, string> jar)
    {
        if (jar.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", jar.Values));
        return request;
    }

    [Fact]
    public async Task Sign_in_page_works_over_the_proxy_in_production_where_it_answered_500()
    {
        var proxy = app.ProxiedClient();
        var jar = new Dictionary<string, string>();

        using var page = await proxy.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/account/login"), jar), Ct);
        Keep(page, jar);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Regex.Match(await page.Content.ReadAsStringAsync(Ct), "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));

        using var signIn = await proxy.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = Demo.Legal,
                ["Input.Password"] = Demo.Password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        }, jar), Ct);
        Keep(signIn, jar);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var inbox = await proxy.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/"), jar), Ct);
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("data-testid=\"user-name\"", await inbox.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Https_responses_carry_hsts_for_a_year()
    {
        using var response = await app.ProxiedClient().GetAsync("/public", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("/public?q=x")]
    [InlineData("/account/login")]
    [InlineData("/public/feed.atom")]
    public async Task Plain_http_get_is_redirected_to_the_public_https_address(string path)
    {
        using var response = await app.DirectClient("memo.example.go.th").GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri(new Uri(ProductionWorkflowApp.PublicBaseUrl), path), response.Headers.Location);
    }

    [Fact]
    public async Task Plain_http_post_is_refused_and_changes_nothing()
    {
        var before = await app.CountsAsync();

        using var response = await app.DirectClient().PostAsync("/api/auth/login",
            new StringContent($$"""{"userName":"{{Demo.Legal}}","password":"{{Demo.Password}}"}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("https-required", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Health_answers_plain_http_probes_with_the_status_only()
    {
        using var response = await app.DirectClient("localhost").GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.False(health.TryGetProperty("checks", out _));
    }

    [Theory]
    [InlineData("memo.example.go.th")]
    [InlineData("localhost")]
    public async Task Feed_links_use_the_public_base_url_whatever_allowed_host_is_sent(string host)
    {
        using var response = await app.ProxiedClient(host).GetAsync("/public/feed.atom", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Descendants()
            .Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")!.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(ProductionWorkflowApp.PublicBaseUrl + "/", l));
    }

    [Fact]
    public async Task Request_for_a_host_the_service_does_not_serve_is_refused()
    {
        using var response = await app.ProxiedClient("evil.example").GetAsync("/public/feed.atom", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/swagger/index.html")]
    [InlineData("/openapi/v1.json")]
    public async Task Api_documentation_is_not_served_in_production_by_default(string path)
    {
        using var response = await app.ProxiedClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
