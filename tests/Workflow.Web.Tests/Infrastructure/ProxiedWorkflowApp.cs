using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// <see cref="ProductionWorkflowApp"/> on real Kestrel at 127.0.0.1 (a free port), as it runs behind a proxy on the
/// same machine: requests really come from 127.0.0.1, the loopback proxy ASP.NET Core trusts by default.
/// </summary>
public class ProxiedWorkflowApp : ProductionWorkflowApp
{
    public ProxiedWorkflowApp() => UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));

    /// <summary>The Kestrel address, e.g. http://127.0.0.1:41234: plain HTTP, what the proxy talks to.</summary>
    public Uri Direct
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    /// <summary>A client talking plain HTTP to Kestrel, no redirects followed, no cookies kept.</summary>
    public HttpClient DirectClient(string? host = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Direct };
        if (host is not null)
            client.DefaultRequestHeaders.Host = host;
        return client;
    }

    /// <summary>A client as the proxy forwards a browser's HTTPS request: the Host it was sent to, X-Forwarded-Proto https.</summary>
    public HttpClient ProxiedClient(string? host = null)
    {
        var client = DirectClient(host ?? new Uri(PublicBaseUrl).Host);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        return client;
    }
}
