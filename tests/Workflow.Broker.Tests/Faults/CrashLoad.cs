using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflow.Broker.Tests.Faults;

/// <summary>
/// Drives memos through the whole reference route against a service that is killed now and then. A request
/// that fails on the wire is not retried blindly: the worker reads the memo again and goes on from where it
/// is, as a person would after reloading the page. Every 2xx answer is recorded, to be found again later.
/// </summary>
public sealed class CrashLoad(Func<Uri> baseUrl)
{
    private static readonly string[] Steps = ["legal:submit", "section:endorse", "office:endorse", "clerk:endorse", "mayor:sign"];
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>(document, action) pairs the service acknowledged with a 2xx, in the order acknowledged per document.</summary>
    public ConcurrentDictionary<Guid, ConcurrentQueue<string>> Acknowledged { get; } = new();

    private long _acknowledgedCount;

    /// <summary>How many actions the service has acknowledged so far.</summary>
    public long AcknowledgedCount => Interlocked.Read(ref _acknowledgedCount);

    public int WireFailures;

    /// <summary>503 answers that said when to come back (Retry-After): the database or disk was away.</summary>
    public int Unavailable;

    /// <summary>Any other 5xx: a fault the service did not handle. Must stay 0.</summary>
    public int ServerErrors;

    /// <summary>The last unhandled 5xx answer's status and body, for the failure message.</summary>
    public string? LastServerError;

    public async Task RunWorkerAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var id = await TryAsync(() => CreateAsync(stop), stop);
            if (id is null)
                continue;
            var next = 0;
            while (next < Steps.Length && !stop.IsCancellationRequested)
            {
                var (user, action) = (Steps[next].Split(':')[0], Steps[next].Split(':')[1]);
                var status = await TryAsync(() => ActAsync(user, id.Value, action, stop), stop);
                if (status is >= 200 and < 300)
                {
                    Acknowledged.GetOrAdd(id.Value, _ => new()).Enqueue(action);
                    Interlocked.Increment(ref _acknowledgedCount);
                    next++;
                }
                else
                {
                    // Unknown outcome (killed mid-request) or refused: read where the memo really is.
                    next = await TryAsync(() => StepOfAsync(id.Value, stop), stop) ?? next;
                }
            }
        }
    }

    private async Task<Guid?> CreateAsync(CancellationToken ct)
    {
        using var response = await SendAsync("legal", HttpMethod.Post, "/api/documents", new
        {
            routeId = "memo-approval",
            issuer = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย",
            subject = "รายงานผลการทดสอบความทนทาน",
            salutation = "นายกเทศมนตรีตำบลโชคชัย",
            body = "ทดสอบการหยุดทำงานกะทันหันของระบบ",
        }, ct);
        return response.StatusCode == HttpStatusCode.Created
            ? (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid()
            : null;
    }

    private async Task<int?> ActAsync(string user, Guid id, string action, CancellationToken ct)
    {
        using var response = await SendAsync(user, HttpMethod.Post, $"/api/documents/{id}/{action}", new { }, ct);
        return (int)response.StatusCode;
    }

    /// <summary>Which step of <see cref="Steps"/> the memo waits for, from its status and the number of actions so far.</summary>
    private async Task<int?> StepOfAsync(Guid id, CancellationToken ct)
    {
        using var response = await SendAsync("legal", HttpMethod.Get, $"/api/documents/{id}", null, ct);
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return doc.GetProperty("status").GetString() switch
        {
            "Draft" => 0,
            "Signed" => Steps.Length,
            _ => 1 + doc.GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("state").GetString() == "done"),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, new Uri(baseUrl(), path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user, ct));
        var response = await _http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            _tokens.TryRemove(user, out _);
        await CountAsync(response, ct);
        return response;
    }

    private async Task CountAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if ((int)response.StatusCode < 500)
            return;
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null)
        {
            Interlocked.Increment(ref Unavailable);
            // As a client told to come back later: not at once (the header's 30 s would outlast the test's outage).
            await Task.Delay(250, CancellationToken.None);
            return;
        }

        Interlocked.Increment(ref ServerErrors);
        LastServerError = $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync(ct)}";
    }

    private async Task<string> TokenAsync(string user, CancellationToken ct)
    {
        if (_tokens.TryGetValue(user, out var token))
            return token;
        using var response = await _http.PostAsJsonAsync(new Uri(baseUrl(), "/api/auth/login"), new { userName = user, password = "Demo-1234!" }, ct);
        await CountAsync(response, ct);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            throw new HttpRequestException("Sign-in answered 503: the database is away");
        response.EnsureSuccessStatusCode();
        token = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        return _tokens[user] = token;
    }

    /// <summary>Runs a call; a failure on the wire (the service is down) waits a little and answers null.</summary>
    private async Task<T?> TryAsync<T>(Func<Task<T?>> call, CancellationToken stop) where T : struct
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !stop.IsCancellationRequested)
        {
            Interlocked.Increment(ref WireFailures);
            await Task.Delay(200, CancellationToken.None);
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
    }
}
