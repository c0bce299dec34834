using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Telemetry;

/// <summary>Production on real Kestrel behind a loopback proxy, with a scrape token for Prometheus and every log entry kept.</summary>
public sealed class ScrapedWorkflowApp : ProxiedWorkflowApp
{
    public const string Token = "scrape-token-0123456789-abcdefghijkl";

    public ScrapedWorkflowApp() => Settings["Telemetry:ScrapeToken"] = Token;

    public CapturingLoggerProvider Logs { get; } = new();

    public HttpClient WithToken(HttpClient client, string token = Token)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
    }
}
