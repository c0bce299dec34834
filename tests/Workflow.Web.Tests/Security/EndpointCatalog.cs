using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Every route the running host serves, read from its endpoint data source, so that a test over "every endpoint"
/// also covers the endpoints added after it was written. Route parameters are filled from a dictionary by name.
/// </summary>
public static partial class EndpointCatalog
{
    public sealed record Route(string Method, string Template, string DisplayName)
    {
        public string Fill(IReadOnlyDictionary<string, string> values) =>
            "/" + Parameter().Replace(Template.TrimStart('/'), m => values.TryGetValue(m.Groups["name"].Value, out var v) ? v : Sample(m.Groups["constraint"].Value));

        /// <summary>A value the parameter's route constraint accepts, so that the endpoint itself answers (not the router's 404).</summary>
        private static string Sample(string constraint) => constraint switch
        {
            var c when c.Contains(":int", StringComparison.Ordinal) || c.Contains(":long", StringComparison.Ordinal) => "2569",
            var c when c.Contains(":guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            _ => "x",
        };

        public override string ToString() => $"{Method} /{Template.TrimStart('/')}";
    }

    [GeneratedRegex(@"\{\**(?<name>\w+)(?<constraint>[^}]*)\}")]
    private static partial Regex Parameter();

    /// <summary>Each (method, template); endpoints that accept any method (Razor pages) are listed under GET and POST.</summary>
    public static IReadOnlyList<Route> Routes(WorkflowApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => new Route(m, (e.RoutePattern.RawText ?? "").TrimEnd('/'), e.DisplayName ?? "")))
            .Distinct()
            .OrderBy(r => r.Template, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Route> Api(WorkflowApp app) =>
        [.. Routes(app).Where(r => r.Template.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))];
}
