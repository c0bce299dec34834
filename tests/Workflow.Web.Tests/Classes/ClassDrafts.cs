using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Classes;

/// <summary>Memo drafts with urgency and secrecy classes, over the API, read back as the raw JSON the client gets.</summary>
public static class ClassDrafts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The reference draft with these classes; a null class is left out of the body.</summary>
    public static JsonObject Body(string? urgency = null, string? secrecy = null, string? subject = null)
    {
        var body = JsonSerializer.SerializeToNode(subject is null ? ApiClient.Draft() : ApiClient.Draft(subject), ApiClient.Json)!.AsObject();
        if (urgency is not null)
            body["urgency"] = urgency;
        if (secrecy is not null)
            body["secrecy"] = secrecy;
        return body;
    }

    public static async Task<HttpResponseMessage> PostAsync(WorkflowApp app, JsonNode body, string user = Demo.Legal) =>
        await (await app.Api.LoginAsync(user)).PostAsJsonAsync("/api/documents", body, Ct);

    /// <summary>A draft with these classes that must be created; answers its id.</summary>
    public static async Task<Guid> CreateAsync(WorkflowApp app, string? urgency = null, string? secrecy = null, string? subject = null)
    {
        using var response = await PostAsync(app, Body(urgency, secrecy, subject));
        return (await ReadAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A memo with these classes, submitted: it waits for the section head.</summary>
    public static async Task<Guid> SubmittedAsync(WorkflowApp app, string? urgency = null, string? secrecy = null, string? subject = null)
    {
        var id = await CreateAsync(app, urgency, secrecy, subject);
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");
        return id;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await ApiClient.ExpectAsync(response, expected, response.RequestMessage?.RequestUri?.PathAndQuery ?? "");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<JsonElement> GetAsync(WorkflowApp app, string user, string url)
    {
        using var response = await (await app.Api.LoginAsync(user)).GetAsync(url, Ct);
        return await ReadAsync(response, HttpStatusCode.OK);
    }
}
