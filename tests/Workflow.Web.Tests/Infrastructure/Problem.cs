using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Assertions on RFC 7807 answers: status, media type, and the field an error names.</summary>
public static class Problem
{
    /// <summary>Asserts the status and application/problem+json; answers the problem body.</summary>
    public static async Task<JsonElement> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts the status, application/problem+json and that "errors" names the field.</summary>
    public static async Task<JsonElement> AssertFieldAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await AssertAsync(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out _), $"Field '{field}' not named in {errors}");
        return problem;
    }

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
