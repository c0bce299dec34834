using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.OpenApi;

/// <summary>The host's /openapi/v1.json read into its operations, each with the answers it documents.</summary>
public sealed record ApiDescription(IReadOnlyList<ApiDescription.Operation> Operations)
{
    /// <summary>One operation; <see cref="Responses"/> maps each documented status to its media types.</summary>
    public sealed record Operation(
        string Method,
        string Path,
        string? Id,
        bool NeedsToken,
        IReadOnlyList<string> RequestTypes,
        IReadOnlyDictionary<int, IReadOnlyList<string>> Responses)
    {
        public override string ToString() => $"{Method} {Path} ({Id})";
    }

    public Operation this[string method, string path] =>
        Operations.SingleOrDefault(o => o.Method == method && o.Path == path) ?? throw new KeyNotFoundException($"{method} {path} is not in the document.");

    public static async Task<ApiDescription> ReadAsync(WorkflowApp app)
    {
        var json = await app.Api.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(p => p.Name != "parameters"))
            {
                var o = operation.Value;
                operations.Add(new Operation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    o.TryGetProperty("operationId", out var id) ? id.GetString() : null,
                    o.TryGetProperty("security", out var security) && security.GetArrayLength() > 0,
                    o.TryGetProperty("requestBody", out var body) ? MediaTypes(body) : [],
                    o.GetProperty("responses").EnumerateObject().ToDictionary(
                        r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture),
                        r => MediaTypes(r.Value))));
            }
        }

        return new ApiDescription(operations);
    }

    private static IReadOnlyList<string> MediaTypes(JsonElement bodyOrResponse) =>
        bodyOrResponse.TryGetProperty("content", out var content) ? [.. content.EnumerateObject().Select(c => c.Name)] : [];
}
