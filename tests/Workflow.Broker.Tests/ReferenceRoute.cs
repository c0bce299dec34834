using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Broker.Tests;

/// <summary>The reference route driven over the API against a service process, as the demo's five people.</summary>
public static class ReferenceRoute
{
    /// <summary>The reference route over the API, as its five people: returns the signed memo's register number.</summary>
    public static async Task<string> SignOneAsync(HttpClient http, CancellationToken ct)
    {
        var tokens = new Dictionary<string, string>();
        foreach (var user in new[] { "legal", "section", "office", "clerk", "mayor" })
        {
            var login = await SendAsync(http, "/api/auth/login", null, new { userName = user, password = "Demo-1234!" }, ct);
            tokens[user] = login.GetProperty("accessToken").GetString()!;
        }

        var doc = await SendAsync(http, "/api/documents", tokens["legal"], new
        {
            routeId = "memo-approval", issuer = "สำนักปลัดเทศบาล", subject = "รายงานผลการพิจารณา (child process)",
            salutation = "นายกเทศมนตรี", body = "จึงเรียนมาเพื่อโปรดพิจารณา",
        }, ct);
        var id = doc.GetProperty("id").GetGuid();
        var answer = doc;
        foreach (var (user, action) in new[] { ("legal", "submit"), ("section", "endorse"), ("office", "endorse"), ("clerk", "endorse"), ("mayor", "sign") })
            answer = await SendAsync(http, $"/api/documents/{id}/{action}", tokens[user], new { note = (string?)null, version = answer.GetProperty("version").GetInt32() }, ct);

        return answer.GetProperty("registerNumber").GetString()!;
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, string path, string? token, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
