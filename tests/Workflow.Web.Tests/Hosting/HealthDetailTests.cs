using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Hosting;

/// <summary>/health tells anyone the overall status; its detail only an administrator or a monitor holding the Health:Key.</summary>
public sealed class HealthDetailTests(WorkflowApp app) : IClassFixture<WorkflowApp>
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
        const string password = "Admin-health-check-2569";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(AppRoles.Administrator))
                await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
            var admin = new AppUser { UserName = "health-admin", DisplayName = "ผู้ดูแลระบบ" };
            Assert.True((await users.CreateAsync(admin, password)).Succeeded);
            await users.AddToRoleAsync(admin, AppRoles.Administrator);
        }

        var client = await app.Api.SignInAsync("health-admin", password);
        var health = await HealthAsync(client);

        Assert.True(health.GetProperty("checks").TryGetProperty("outbox", out _));
    }
}
