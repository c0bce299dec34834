using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Security;

/// <summary>The JSON API of the running host, for one user (bearer token): drafts, uploads and route actions.</summary>
public sealed class XssApi(HttpClient http) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<XssApi> SignInAsync(BrowserHost host, string userName) => SignInAsync(host.BaseUrl, userName);

    /// <summary>The user on any host of the tests (e.g. SignersHost), with the demo password.</summary>
    public static async Task<XssApi> SignInAsync(string baseUrl, string userName)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = BrowserHost.Password }, Ct);
        var body = await ReadAsync(response, HttpStatusCode.OK, $"sign-in of {userName}");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return new XssApi(http);
    }

    /// <summary>A plain draft on memo-approval, with urgency and secrecy classes when given; the payloads go in afterwards, straight into the database.</summary>
    public async Task<Guid> CreateDraftAsync(string tag, string? urgency = null, string? secrecy = null)
    {
        using var response = await http.PostAsJsonAsync("/api/documents", new
        {
            routeId = "memo-approval",
            issuer = $"สำนักปลัดเทศบาล {tag}",
            subject = $"เรื่องทดสอบการเข้ารหัส {tag}",
            salutation = "นายกเทศมนตรีตำบลโชคชัย",
            body = "จึงเรียนมาเพื่อโปรดพิจารณา",
            urgency,
            secrecy,
        }, Ct);
        return (await ReadAsync(response, HttpStatusCode.Created, "create")).GetProperty("id").GetGuid();
    }

    public async Task UploadAsync(Guid id)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestPdf.Bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "report.pdf");
        using var response = await http.PostAsync($"/api/documents/{id}/attachments", content, Ct);
        await ReadAsync(response, HttpStatusCode.Created, "upload");
    }

    public async Task ActAsync(Guid id, string action, string? note = null)
    {
        using var response = await http.PostAsJsonAsync($"/api/documents/{id}/{action}", new { note }, Ct);
        await ReadAsync(response, HttpStatusCode.OK, action);
    }

    /// <summary>Delegates a post the user holds (POST /api/delegations); answers the delegation's id.</summary>
    public async Task<Guid> DelegateAsync(string userName, string position, DateOnly from, DateOnly to)
    {
        using var response = await http.PostAsJsonAsync("/api/delegations", new { userName, position, from, to }, Ct);
        return (await ReadAsync(response, HttpStatusCode.Created, "delegate")).GetProperty("id").GetGuid();
    }

    /// <summary>The public list searched for the tag: (publication id, register number) once the memo is published.</summary>
    public async Task<(Guid Id, string RegisterNumber)?> FindPublishedAsync(string tag)
    {
        using var response = await http.GetAsync($"/public/api/memos?q={Uri.EscapeDataString(tag)}", Ct);
        var items = (await ReadAsync(response, HttpStatusCode.OK, "public list")).GetProperty("items");
        return items.GetArrayLength() == 1
            ? (items[0].GetProperty("id").GetGuid(), items[0].GetProperty("registerNumber").GetString()!)
            : null;
    }

    public Task<string> GetTextAsync(string path) => http.GetStringAsync(path, Ct);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
