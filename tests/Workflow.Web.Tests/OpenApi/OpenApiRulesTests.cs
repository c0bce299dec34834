using System.Net;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.OpenApi;

/// <summary>
/// Rules every operation of /openapi/v1.json keeps, read by iterating the document, so that endpoints added later
/// (the administration API) are held to them too.
/// </summary>
public sealed partial class OpenApiRulesTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private const string ProblemJson = "application/problem+json";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // /health's answers carry the health report a load balancer or monitor reads, Unhealthy (503) included.
    private static bool IsHealthReport(ApiDescription.Operation operation, int status) => operation.Path == "/health" && status == 503;

    [Fact]
    public async Task Every_operation_documents_a_client_error_unless_it_is_public_and_anonymous()
    {
        var api = await ApiDescription.ReadAsync(app);

        var undocumented = api.Operations
            .Where(o => o.NeedsToken || o.Path.StartsWith("/api/", StringComparison.Ordinal))
            .Where(o => !o.Responses.Keys.Any(s => s is >= 400 and < 500))
            .Select(o => o.ToString());

        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Every_error_answer_in_the_document_is_problem_json()
    {
        var api = await ApiDescription.ReadAsync(app);

        var wrong = api.Operations
            .SelectMany(o => o.Responses.Where(r => r.Key >= 400 && !IsHealthReport(o, r.Key)).Select(r => (Operation: o, Status: r.Key, Types: r.Value)))
            .Where(r => r.Types is not [ProblemJson])
            .Select(r => $"{r.Operation} {r.Status}: {string.Join(", ", r.Types)}");

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_operation_that_needs_a_token_documents_401_and_every_administration_one_403()
    {
        var api = await ApiDescription.ReadAsync(app);

        var without401 = api.Operations.Where(o => o.NeedsToken && !o.Responses.ContainsKey(401)).Select(o => o.ToString());
        var without403 = api.Operations.Where(o => o.Path.StartsWith("/api/admin/", StringComparison.Ordinal))
            .Where(o => !(o.NeedsToken && o.Responses.ContainsKey(403))).Select(o => o.ToString());

        Assert.Empty(without401);
        Assert.Empty(without403);
    }

    [Fact]
    public async Task Every_operation_documents_its_success_with_a_body_unless_it_answers_204()
    {
        var api = await ApiDescription.ReadAsync(app);

        var bare = api.Operations
            .Where(o => !o.Responses.Any(r => r.Key is >= 200 and < 300 && (r.Key == 204 || r.Value.Count > 0)))
            .Select(o => o.ToString());

        Assert.Empty(bare);
    }

    [Fact]
    public async Task Every_operation_has_a_name_of_its_own()
    {
        var api = await ApiDescription.ReadAsync(app);

        Assert.All(api.Operations, o => Assert.Matches(OperationName(), o.Id ?? ""));
        Assert.Equal(api.Operations.Count, api.Operations.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public async Task Every_api_endpoint_the_host_serves_is_in_the_document()
    {
        var api = await ApiDescription.ReadAsync(app);
        var documented = api.Operations.Select(o => $"{o.Method} {o.Path}").ToHashSet();

        var missing = EndpointCatalog.Api(app)
            .Select(r => $"{r.Method} /{Constraint().Replace(r.Template.TrimStart('/'), "")}")
            .Where(r => !documented.Contains(r));

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(Demo.Anonymous, "/api/inbox", HttpStatusCode.Unauthorized)]
    [InlineData(Demo.Anonymous, "/api/admin/register?year=2569", HttpStatusCode.Unauthorized)]
    [InlineData(Demo.Mayor, "/api/admin/register?year=2569", HttpStatusCode.Forbidden)]
    [InlineData(Demo.Legal, "/api/documents/0195d1a0-0000-7000-8000-000000000000", HttpStatusCode.NotFound)]
    [InlineData(Demo.Legal, "/api/inbox?limit=many", HttpStatusCode.BadRequest)]
    public async Task Documented_error_is_answered_as_problem_json(string user, string url, HttpStatusCode status)
    {
        using var response = await (await app.Api.LoginAsync(user)).GetAsync(url, Ct);

        await Problem.AssertAsync(response, status);
    }

    [GeneratedRegex("^[A-Z][A-Za-z]+$")]
    private static partial Regex OperationName();

    // {id:guid} in a route template is {id} in the document.
    [GeneratedRegex(@":[^}]+(?=\})")]
    private static partial Regex Constraint();
}
