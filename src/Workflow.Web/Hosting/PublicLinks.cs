using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Hosting;

/// <summary>Absolute links (the Atom feed, later e-mails): from App:PublicBaseUrl, never from a Host header a client chose.</summary>
public sealed class PublicLinks(IOptions<AppOptions> options)
{
    /// <summary>The public base; in Development without the setting, the address the request came to.</summary>
    public Uri Base(HttpRequest request) =>
        options.Value.PublicBase ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
