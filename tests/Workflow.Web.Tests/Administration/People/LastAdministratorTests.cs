using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>The last active administrator can be neither deactivated nor demoted, not even by themselves (409, nothing changed).</summary>
public sealed class LastAdministratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("deactivate")]
    [InlineData("demote")]
    public async Task Last_administrator_is_refused_with_409_and_nothing_changes(string action)
    {
        await using var app = new WorkflowApp();
        var admin = await AdminAccounts.SignInAsync(app, "only-admin");
        var id = await PeopleApi.IdOfAsync(app, "only-admin");
        var before = await PeopleApi.AuditAsync(app, id);

        using var response = await SendAsync(admin, id, action);

        Assert.Equal("last-administrator", (await Problem.AssertAsync(response, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal(before.Count, (await PeopleApi.AuditAsync(app, id)).Count);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/people", Ct)).StatusCode);
    }

    [Fact]
    public async Task Administrator_may_step_down_when_another_active_administrator_remains()
    {
        await using var app = new WorkflowApp();
        var first = await AdminAccounts.SignInAsync(app, "first-admin");
        var second = await PeopleApi.CreateAsync(first, "second.admin");
        using (var granted = await first.PutAsJsonAsync($"/api/admin/people/{second.GetProperty("id").GetString()}/administrator", new { isAdministrator = true }, Ct))
            await ApiClient.ExpectAsync(granted, HttpStatusCode.OK, "grant");

        using var demoted = await SendAsync(first, await PeopleApi.IdOfAsync(app, "first-admin"), "demote");

        await ApiClient.ExpectAsync(demoted, HttpStatusCode.OK, "demote self");
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/admin/people", Ct)).StatusCode);
    }

    [Fact]
    public async Task Deactivated_administrator_does_not_count_as_the_one_who_remains()
    {
        await using var app = new WorkflowApp();
        var first = await AdminAccounts.SignInAsync(app, "active-admin");
        var other = (await PeopleApi.CreateAsync(first, "inactive.admin")).GetProperty("id").GetString()!;
        (await first.PutAsJsonAsync($"/api/admin/people/{other}/administrator", new { isAdministrator = true }, Ct)).Dispose();
        (await PeopleApi.PostAsync(first, $"/api/admin/people/{other}/deactivate")).Dispose();

        using var response = await SendAsync(first, await PeopleApi.IdOfAsync(app, "active-admin"), "deactivate");

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient admin, string id, string action) => action == "deactivate"
        ? PeopleApi.PostAsync(admin, $"/api/admin/people/{id}/deactivate")
        : admin.PutAsJsonAsync($"/api/admin/people/{id}/administrator", new { isAdministrator = false }, Ct);
}
