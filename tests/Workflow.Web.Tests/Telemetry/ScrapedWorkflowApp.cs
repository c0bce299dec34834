using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>Production on real Kestrel behind a loopback proxy, with a scrape token for Prometheus.</summary>
public sealed class ScrapedWorkflowApp : ProxiedWorkflowApp
{
    public const string Token = "scrape-token-0123456789-abcdefghijkl";

    public ScrapedWorkflowApp() => Settings["Telemetry:ScrapeToken"] = Token;

    public HttpClient WithToken(HttpClient client, string token = Token)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
