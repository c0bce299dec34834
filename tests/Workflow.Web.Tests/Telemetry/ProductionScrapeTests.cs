using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>Outside Development /metrics answers an administrator or the scrape token only, directly and through the proxy.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ProductionScrapeTests(ScrapedWorkflowApp app) : IClassFixture<ScrapedWorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> ScrapeAsync(HttpClient client) => await client.GetAsync("/metrics", Ct);

    [Fact]
    public async Task Metrics_without_a_token_answers_401_and_shows_no_figures()
    {
        using var response = await ScrapeAsync(app.ProxiedClient());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("workflow_", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Metrics_with_a_wrong_token_answers_401()
    {
        using var response = await ScrapeAsync(app.WithToken(app.DirectClient(), ScrapedWorkflowApp.Token + "x"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Scraper_with_the_token_reads_metrics_through_the_proxy()
    {
        var metrics = await MetricsText.ReadAsync(app.WithToken(app.ProxiedClient()));

        Assert.Single(metrics.Samples("workflow_outbox_backlog"));
    }

    [Fact]
    public async Task Scraper_with_the_token_reads_one_instance_directly_over_plain_http_without_a_redirect()
    {
        var metrics = await MetricsText.ReadAsync(app.WithToken(app.DirectClient()));

        Assert.Single(metrics.Samples("workflow_outbox_oldest_age_seconds"));
    }

    [Fact]
    public async Task Signed_in_user_who_is_not_an_administrator_gets_401()
    {
        using var response = await ScrapeAsync(app.WithToken(app.ProxiedClient(), await TokenOfAsync(Demo.Mayor, Demo.Password)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_reads_metrics_without_the_scrape_token()
    {
        await AdminAccounts.EnsureAsync(app, "metrics-admin");
        var client = app.WithToken(app.ProxiedClient(), await TokenOfAsync("metrics-admin", AdminAccounts.Password));

        var metrics = await MetricsText.ReadAsync(client);

        Assert.Single(metrics.Samples("workflow_outbox_backlog"));
    }

    [Fact]
    public async Task Scrape_tokens_right_and_wrong_never_reach_the_log()
    {
        const string wrong = "wrong-scrape-token-9876543210-zyxwvu";
        using (await ScrapeAsync(app.WithToken(app.DirectClient())))
        using (await ScrapeAsync(app.WithToken(app.ProxiedClient(), wrong)))
        {
        }

        var entries = app.Logs.Entries.ToList();

        Assert.NotEmpty(entries);
        Assert.DoesNotContain(entries, e => e.Contains(ScrapedWorkflowApp.Token, StringComparison.Ordinal) || e.Contains(wrong, StringComparison.Ordinal));
    }

    private async Task<string> TokenOfAsync(string user, string password)
    {
        using var response = await app.ProxiedClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString()!;
    }
}
