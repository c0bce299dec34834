using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Hosting;

/// <summary>/health tells anyone the overall status; its detail only an administrator or a monitor holding the Health:Key.</summary>
public abstract class HealthDetailTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    [Fact]
    public async Task Anonymous_health_shows_the_overall_status_only()
    {
        var health = await HealthAsync(app.Api.CreateClient());

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(["status"], health.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Signed_in_user_who_is_not_an_administrator_sees_no_detail()
    {
        var health = await HealthAsync(await app.Api.LoginAsync(Demo.Mayor));

        Assert.False(health.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Wrong_health_key_shows_no_detail()
    {
        var client = app.Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Health-Key", WorkflowApp.HealthKey + "x");

        Assert.False((await HealthAsync(client)).TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Monitor_with_the_health_key_sees_every_check()
    {
        var health = await HealthAsync(app.HealthClient());

        Assert.True(health.GetProperty("checks").TryGetProperty("outbox", out _));
    }

    [Fact]
    public async Task Administrator_sees_every_check()
    {
        var client = await AdminAccounts.SignInAsync(app, "health-admin");
        var health = await HealthAsync(client);

        Assert.True(health.GetProperty("checks").TryGetProperty("outbox", out _));
    }
}

/// <summary>HealthDetailTests on SQLite (the default provider).</summary>
public sealed class HealthDetailTests(WorkflowApp app) : HealthDetailTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>HealthDetailTests on PostgreSQL (ADR 33).</summary>
public sealed class HealthDetailOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : HealthDetailTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
