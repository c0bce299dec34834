using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Workflow.Bench;

/// <summary>A signed-in user: the bearer token and the service instance it signed in on, which its requests go to.</summary>
public sealed record Credential(string Token, Uri Instance);

/// <summary>
/// One pooled HTTP client for every simulated user and every service instance; each request carries its user's
/// bearer token and goes to that user's instance.
/// </summary>
public sealed class ApiSession(IReadOnlyList<Uri> instances, int maxConnections, string password, Latencies latencies) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = instances[0],
        Timeout = TimeSpan.FromSeconds(30),
    };

    public HttpClient Http => _http;

    public int Instances => instances.Count;

    /// <summary>Signs in on instance <paramref name="instance"/> (modulo the number of instances).</summary>
    public async Task<Credential> LoginAsync(string user, CancellationToken ct, int instance = 0)
    {
        var on = new Credential("", instances[instance % instances.Count]);
        var body = JsonSerializer.Serialize(new { userName = user, password });
        var json = await SendAsync("login", HttpMethod.Post, "/api/auth/login", on, body, HttpStatusCode.OK, ct);
        return on with { Token = json.GetProperty("accessToken").GetString()! };
    }

    /// <summary>Sends one request, times it under <paramref name="name"/>, and returns the JSON answer; throws on another status.</summary>
    public async Task<JsonElement> SendAsync(string name, HttpMethod method, string path, Credential? who, string? body, HttpStatusCode expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(who?.Instance ?? instances[0], path));
        if (who is { Token.Length: > 0 })
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", who.Token);
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
