using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>The organisation profile through the API as an administrator: read it, and change some fields of it.</summary>
public static class OrganisationAdmin
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonObject> GetAsync(HttpClient admin)
    {
        using var response = await admin.GetAsync("/api/admin/organisation", Ct);
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "GET /api/admin/organisation");
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>PUT of the current profile with the given fields replaced (the version as GET answered it unless one is given).</summary>
    public static async Task<HttpResponseMessage> PutAsync(HttpClient admin, object changes)
    {
        var body = await GetAsync(admin);
        foreach (var (name, value) in JsonSerializer.SerializeToNode(changes, ApiClient.Json)!.AsObject())
            body[name] = value?.DeepClone();
        return await admin.PutAsJsonAsync("/api/admin/organisation", body, Ct);
    }

    public static async Task ChangeAsync(HttpClient admin, object changes)
    {
        using var response = await PutAsync(admin, changes);
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "PUT /api/admin/organisation");
    }
}
