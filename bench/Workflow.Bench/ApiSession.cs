using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Workflow.Bench;

/// <summary>One pooled HTTP client for every simulated user; each request carries its user's bearer token.</summary>
public sealed class ApiSession(Uri baseUrl, int maxConnections, string password, Latencies latencies) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public HttpClient Http => _http;

    public async Task<string> LoginAsync(string user, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { userName = user, password });
        var json = await SendAsync("login", HttpMethod.Post, "/api/auth/login", null, body, HttpStatusCode.OK, ct);
        return json.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Sends one request, times it under <paramref name="name"/>, and returns the JSON answer; throws on another status.</summary>
    public async Task<JsonElement> SendAsync(string name, HttpMethod method, string path, string? token, string? body, HttpStatusCode expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        latencies.Add(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (response.StatusCode != expected)
            throw new BenchRequestException($"{method} {path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)[..Math.Min(300, bytes.Length)]}");
        return bytes.Length == 0 ? default : JsonDocument.Parse(bytes).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}

public sealed class BenchRequestException(string message) : Exception(message);
