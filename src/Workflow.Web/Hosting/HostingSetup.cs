using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Hosting;

/// <summary>
/// The service behind a TLS-terminating reverse proxy (ADR 13): forwarded headers from known proxies only, links from
/// App:PublicBaseUrl, host filtering from it, HSTS and HTTPS only outside Development.
/// </summary>
public static class HostingSetup
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddOptions<AppOptions>().Bind(config.GetSection(AppOptions.Section)).ValidateDataAnnotations()
            .Validate<IHostEnvironment>((o, env) => env.IsDevelopment() || o.PublicBase is { Scheme: "https" },
                "App:PublicBaseUrl must be set to the https:// address people use (e.g. https://memo.example.go.th) outside Development.")
            .ValidateOnStart();
        services.AddOptions<ProxyOptions>().Bind(config.GetSection(ProxyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HealthOptions>().Bind(config.GetSection(HealthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicLinks>();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // With nothing configured ASP.NET Core's own default stands: loopback only, a proxy on the same host.
            if (proxy.Value.KnownProxies.Length + proxy.Value.KnownNetworks.Length == 0)
                return;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.Proxies)
                o.KnownProxies.Add(address);
            foreach (var network in proxy.Value.Networks)
                o.KnownIPNetworks.Add(network);
        });

        // An explicit AllowedHosts wins; otherwise only the public host (and loopback names, for probes on the host itself).
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<AppOptions>>((o, app) =>
        {
            if (string.IsNullOrEmpty(config["AllowedHosts"]) && app.Value.PublicBase is { } publicBase)
                o.AllowedHosts = [publicBase.Authority, publicBase.Host, "localhost", "127.0.0.1", "[::1]"];
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
            // ASP.NET Core leaves out loopback names to spare developers; here only the public name reaches the service.
            o.ExcludedHosts.Clear();
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and the scheme it used.</summary>
    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseMiddleware<HttpsOnly>();
        }

        return app;
    }
}
