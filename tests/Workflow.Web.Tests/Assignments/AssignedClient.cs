using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>A person added by <see cref="AssignedPeople"/>, signed in to the API.</summary>
public sealed class AssignedClient(HttpClient client)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AssignedClient> SignInAsync(WorkflowApp app, string userName) =>
        new(await app.Api.SignInAsync(userName, AssignedPeople.Password));

    public async Task<List<InboxItem>> InboxAsync()
    {
        using var response = await client.GetAsync("/api/inbox", Ct);
        return await ApiClient.ReadAsync<List<InboxItem>>(response, HttpStatusCode.OK);
    }

    public async Task<HttpStatusCode> ReadStatusAsync(Guid id)
    {
        using var response = await client.GetAsync($"/api/documents/{id}", Ct);
        return response.StatusCode;
    }

    public async Task<DocumentView> DocumentAsync(Guid id)
    {
        using var response = await client.GetAsync($"/api/documents/{id}", Ct);
        return await ApiClient.ReadAsync<DocumentView>(response, HttpStatusCode.OK);
    }

    public async Task<HttpStatusCode> ActAsync(Guid id, string action, string? note = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/documents/{id}/{action}", new { note, version = (int?)null }, Ct);
        return response.StatusCode;
    }
}
