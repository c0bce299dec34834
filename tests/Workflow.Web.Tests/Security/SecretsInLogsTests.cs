using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Every log entry of a host, at every level down to Trace, while people sign in with right and wrong passwords
/// (API and page) and use their tokens, and while the host starts on RabbitMQ settings with a password: none of
/// the passwords and none of the tokens appear.
/// </summary>
public sealed class SecretsInLogsTests
{
    private const string WrongPassword = "Wr0ng-Passw0rd-7351!";
    private const string RabbitPassword = "R4bbit-S3cret-0429!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertAbsent(CapturingLoggerProvider logs, IEnumerable<string> secrets)
    {
        var entries = logs.Entries.ToList();
        Assert.NotEmpty(entries);
        foreach (var secret in secrets)
        {
            var leaked = entries.FirstOrDefault(e => e.Contains(secret, StringComparison.Ordinal) || e.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal));
            Assert.True(leaked is null, $"A secret ({secret[..4]}…) is in the log: {leaked}");
        }
    }

    [Fact]
    public async Task Logs_hold_no_password_or_token_when_users_sign_in_right_and_wrong_and_use_their_tokens()
    {
        await using var app = new LoggedWorkflowApp();
        var anonymous = app.Api.CreateClient();
        var secrets = new List<string> { Demo.Password, WrongPassword };

        using (var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = Demo.Legal, password = Demo.Password }, Ct))
        {
            var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(Ct);
            secrets.Add(tokens.GetProperty("accessToken").GetString()!);
            secrets.Add(tokens.GetProperty("refreshToken").GetString()!);
        }

        using (var wrong = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = Demo.Section, password = WrongPassword }, Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using (var unknown = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = WrongPassword }, Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var legal = await app.Api.LoginAsync(Demo.Legal);
        secrets.Add(legal.DefaultRequestHeaders.Authorization!.Parameter!);
        var id = (await app.Api.CreateDraftAsync()).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");
        using (await legal.GetAsync("/api/inbox", Ct))
        using (await legal.GetAsync($"/api/documents/{id}", Ct))
        {
        }

        using (var forged = app.Api.CreateClient())
        {
            forged.DefaultRequestHeaders.Authorization = new("Bearer", secrets[2][..^4] + "AAAA");
            using (await forged.GetAsync("/api/me", Ct))
            {
            }
        }

        await CookieSession.SignInAsync(app, Demo.Office);
        await Assert.ThrowsAnyAsync<Exception>(() => CookieSession.SignInAsync(app, Demo.Clerk, WrongPassword));

        AssertAbsent(app.Logs, secrets);
    }

    [Fact]
    public async Task Logs_hold_no_broker_password_when_the_host_starts_on_rabbitmq_it_cannot_reach()
    {
        await using var app = new LoggedWorkflowApp();
        app.Settings["Messaging:Transport"] = "RabbitMq";
        app.Settings["Messaging:RabbitMq:Host"] = "127.0.0.1";
        app.Settings["Messaging:RabbitMq:Port"] = UnusedPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        app.Settings["Messaging:RabbitMq:Username"] = "workflow";
        app.Settings["Messaging:RabbitMq:Password"] = RabbitPassword;

        var client = await app.Api.LoginAsync(Demo.Legal);
        using (await client.GetAsync("/api/me", Ct))
        using (await app.Api.CreateClient().GetAsync("/health", Ct))
        {
        }

        // Wait (bounded) until the bus has logged trying the broker, so the check covers what it logs about it.
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!app.Logs.Entries.Any(e => e.Contains("MassTransit", StringComparison.Ordinal) && e.Contains("127.0.0.1", StringComparison.Ordinal)) && DateTime.UtcNow < until)
            await Task.Delay(100, Ct);

        AssertAbsent(app.Logs, [RabbitPassword, Demo.Password]);
    }

    /// <summary>A loopback port nothing listens on: bound and released, so connecting is refused at once.</summary>
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
