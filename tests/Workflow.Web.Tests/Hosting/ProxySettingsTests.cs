using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Hosting;

/// <summary>Forwarded headers are believed from the configured proxies only.</summary>
public sealed class ProxySettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forwarded_https_from_an_address_that_is_not_a_known_proxy_is_ignored()
    {
        await using var app = new ProxiedWorkflowApp();
        app.Settings["Proxy:KnownProxies:0"] = "192.0.2.10";

        using var response = await app.ProxiedClient().GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
    }

    [Fact]
    public async Task Forwarded_https_from_a_configured_proxy_network_is_believed()
    {
        await using var app = new ProxiedWorkflowApp();
        app.Settings["Proxy:KnownNetworks:0"] = "127.0.0.0/8";

        using var response = await app.ProxiedClient().GetAsync("/account/login", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
