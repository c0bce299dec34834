using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Workflow.Web.Options;

/// <summary>The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto headers are believed.</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. 10.0.0.5. Empty with no networks: the loopback addresses (a proxy on the same host).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. 172.18.0.0/16 for a Docker network.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<IPAddress> Proxies => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks => KnownNetworks.Select(n => IPNetwork.Parse(n));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"Proxy:KnownProxies '{proxy}' is not an IP address.", ["Proxy:KnownProxies"]);
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"Proxy:KnownNetworks '{network}' is not a network in CIDR form (e.g. 10.0.0.0/8).", ["Proxy:KnownNetworks"]);
    }
}
