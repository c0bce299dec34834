using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Application;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Talks to the API as the demo users: one signed-in client per user (the token is fetched once).</summary>
public sealed class ApiClient(WorkflowApp app)
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

    // No redirect handler (it buffers request bodies, which would hide streaming) and no cookies: the API takes bearer tokens only.
    // HTTPS, as outside Development the service serves nothing else.
    private static readonly WebApplicationFactoryClientOptions Plain = new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient CreateClient() => app.CreateClient(Plain);

    /// <summary>A client for the user, or one without a token for <see cref="Demo.Anonymous"/>.</summary>
    public Task<HttpClient> LoginAsync(string user) =>
        user == Demo.Anonymous
            ? Task.FromResult(CreateClient())
            : _clients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => SignInAsync(u, Demo.Password))).Value;

    /// <summary>Uses this client for the user from now on (e.g. one whose token was refreshed after a second-factor set-up).</summary>
    public void Remember(string user, HttpClient client) => _clients[user] = new Lazy<Task<HttpClient>>(Task.FromResult(client));

    public void Forget(string user) => _clients.TryRemove(user, out _);

    /// <summary>Drops the cached tokens, e.g. after the test clock moved further than a token lives.</summary>
    public void ForgetTokens() => _clients.Clear();

    public async Task<HttpClient> SignInAsync(string user, string password)
    {
        var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Login of {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static object Draft(string subject = "ขออนุญาตเผยแพร่รายงานผลการดำเนินงาน", string routeId = Demo.MemoRoute) => new
    {
        routeId,
        issuer = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร. ๐ ๔๔๒๘ ๑๒๓๔",
        subject,
        salutation = "นายกเทศมนตรีตำบลโชคชัย",
        body = "ด้วยงานนิติการได้จัดทำรายงานผลการดำเนินงานประจำปี\nจึงเรียนมาเพื่อโปรดพิจารณา",
    };

    public async Task<DocumentView> CreateDraftAsync(string user = Demo.Legal, string routeId = Demo.MemoRoute, string? subject = null)
    {
        var client = await LoginAsync(user);
        using var response = await client.PostAsJsonAsync("/api/documents", subject is null ? Draft(routeId: routeId) : Draft(subject, routeId), Ct);
        return await ReadAsync<DocumentView>(response, HttpStatusCode.Created);
    }

    /// <summary>POST /api/documents/{id}/{action} with {note, version}; the caller checks the answer.</summary>
    public async Task<HttpResponseMessage> ActAsync(string user, Guid id, string action, string? note = null, int? version = null)
    {
        var client = await LoginAsync(user);
        return await client.PostAsJsonAsync($"/api/documents/{id}/{action}", new { note, version }, Ct);
    }

    /// <summary>An action that must succeed.</summary>
    public async Task ActOkAsync(string user, Guid id, string action, string? note = null)
    {
        using var response = await ActAsync(user, id, action, note);
        await ExpectAsync(response, HttpStatusCode.OK, $"{user} {action}");
    }

    public async Task<DocumentView> GetDocumentAsync(string user, Guid id)
    {
        var client = await LoginAsync(user);
        using var response = await client.GetAsync($"/api/documents/{id}", Ct);
        return await ReadAsync<DocumentView>(response, HttpStatusCode.OK);
    }

    public async Task<T> GetAsync<T>(string user, string url)
    {
        var client = await LoginAsync(user);
        using var response = await client.GetAsync(url, Ct);
        return await ReadAsync<T>(response, HttpStatusCode.OK);
    }

    /// <summary>A memo-approval document submitted and endorsed up to the given step (0 = waiting for the section head).</summary>
    public async Task<Guid> MemoAtStepAsync(int step)
    {
        var id = (await CreateDraftAsync()).Id;
        await ActOkAsync(Demo.Legal, id, "submit");
        for (var i = 0; i < step; i++)
            await ActOkAsync(Demo.MemoSteps[i], id, "endorse");
        return id;
    }

    public async Task<HttpResponseMessage> UploadAsync(string user, Guid id, HttpContent content)
    {
        var client = await LoginAsync(user);
        return await client.PostAsync($"/api/documents/{id}/attachments", content, Ct);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        await ExpectAsync(response, expected, response.RequestMessage?.RequestUri?.PathAndQuery ?? "");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
