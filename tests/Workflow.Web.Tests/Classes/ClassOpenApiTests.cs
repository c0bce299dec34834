using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Classes;

/// <summary>The OpenAPI document names every class a request may send and an answer may carry.</summary>
public sealed class ClassOpenApiTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private static readonly string[] Urgencies = ["none", "urgent", "very-urgent", "most-urgent"];
    private static readonly string[] Secrecies = ["none", "confidential", "secret"];

    private async Task<JsonElement> SchemasAsync()
    {
        var json = await app.Api.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json).RootElement.GetProperty("components").GetProperty("schemas");
    }

    /// <summary>The names a property lists, inline or through a referenced schema.</summary>
    private static string[] EnumOf(JsonElement schemas, string type, string property)
    {
        var schema = schemas.GetProperty(type).GetProperty("properties").GetProperty(property);
        if (schema.TryGetProperty("$ref", out var reference))
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        return [.. schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
    }

    [Theory]
    [InlineData("DraftRequest")]
    [InlineData("DocumentView")]
    [InlineData("InboxItem")]
    [InlineData("SubmissionItem")]
    public async Task Document_lists_the_urgency_and_secrecy_names(string type)
    {
        var schemas = await SchemasAsync();

        Assert.Equal(Urgencies, EnumOf(schemas, type, "urgency"));
        Assert.Equal(Secrecies, EnumOf(schemas, type, "secrecy"));
    }

    [Fact]
    public async Task Document_lists_the_urgency_frozen_in_the_public_snapshot()
    {
        var schemas = await SchemasAsync();

        Assert.Equal(Urgencies, EnumOf(schemas, "PublishedMemo", "urgency"));
        Assert.Equal(Urgencies, EnumOf(schemas, "PublicListItem", "urgency"));
    }
}
