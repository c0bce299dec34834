using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>One browser's cookie jar, talking to several instances, as a proxy that spreads requests would send them.</summary>
public sealed class SharedBrowser(IReadOnlyList<SharedDatabaseWorkflowApp> hosts)
{
    private readonly CookieContainer _cookies = new();

    /// <summary>A client to one instance that keeps its cookies in the shared jar (no redirects followed).</summary>
    public HttpClient this[int host] => hosts[host].CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(_cookies));
}
