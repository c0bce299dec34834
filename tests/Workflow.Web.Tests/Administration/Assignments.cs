using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Administration;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>Test steps for assignments: the administrator's client, requests as the API takes them, extra people.</summary>
public static class Assignments
{
    public const string Url = "/api/admin/assignments";

    /// <summary>As the service writes enums: by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await ApiClient.ExpectAsync(response, expected, response.RequestMessage?.RequestUri?.PathAndQuery ?? "");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        return await ReadAsync<T>(response, HttpStatusCode.OK);
    }

    public static Task<HttpClient> AdminAsync(WorkflowApp app) => AdminAccounts.SignInAsync(app, "assignments-admin");

    /// <summary>A holding or other assignment, far in the future unless given, so that it changes nobody's posts today.</summary>
    public static object Request(string userName = Demo.Finance, string position = "mayor", string kind = "Holder", string from = "2090-01-01",
        string? to = null, string? orderNumber = null, string? orderDate = null, string? delegatedBy = null, string[]? routes = null) =>
        new { userName, position, kind, from, to, orderNumber, orderDate, delegatedBy, routes };

    public static async Task<AssignmentView> CreateAsync(HttpClient client, object request, string url = Url)
    {
        using var response = await client.PostAsJsonAsync(url, request, Ct);
        return await ReadAsync<AssignmentView>(response, HttpStatusCode.Created);
    }

    /// <summary>A person who has been deactivated.</summary>
    public static async Task<string> InactivePersonAsync(WorkflowApp app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
            Assert.True((await users.CreateAsync(new AppUser { UserName = userName, DisplayName = "นายพ้น ราชการ", IsActive = false })).Succeeded);
        return userName;
    }
}
