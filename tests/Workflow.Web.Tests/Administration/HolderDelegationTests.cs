using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Administration.Assignments;

namespace Workflow.Web.Tests.Administration;

/// <summary>/api/delegations: a holder delegates their own post (ปฏิบัติราชการแทน), audited with the holder as the actor.</summary>
public abstract class HolderDelegationTestsBase(WorkflowApp app)
{
    private const string Url = "/api/delegations";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Delegation(string userName, string position, string from = "2090-01-01", string? to = "2090-01-31", string[]? routes = null) =>
        new { userName, position, from, to, routes };

    [Fact]
    public async Task Holder_delegates_their_post_and_both_see_it_with_the_holder_as_the_audited_actor()
    {
        var mayor = await app.Api.LoginAsync(Demo.Mayor);

        var given = await CreateAsync(mayor, Delegation(Demo.Clerk, "mayor"), Url);

        Assert.Equal((AssignmentStatus.Future, Demo.Mayor, "Delegated"), (given.Status, given.DelegatedBy, given.Kind.ToString()));
        var mine = await GetAsync<DelegationList>(mayor, Url);
        Assert.Contains(mine.Given, d => d.Id == given.Id);
        var clerks = await GetAsync<DelegationList>(await app.Api.LoginAsync(Demo.Clerk), Url);
        Assert.Contains(clerks.Received, d => d.Id == given.Id);
        var history = await GetAsync<JsonElement>(await AdminAsync(app), $"/api/admin/assignments/{given.Id}");
        Assert.Equal("นายมานพ ใจสาธิต", history.GetProperty("history")[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Holder_delegates_on_one_route_only()
    {
        var director = await app.Api.LoginAsync(Demo.Director);

        var given = await CreateAsync(director, Delegation(Demo.Finance, "finance-director", routes: [Demo.FinanceRoute]), Url);

        Assert.Equal([Demo.FinanceRoute], given.Routes);
    }

    [Fact]
    public async Task Delegation_to_oneself_answers_400_naming_the_person()
    {
        var mayor = await app.Api.LoginAsync(Demo.Mayor);

        using var response = await mayor.PostAsJsonAsync(Url, Delegation(Demo.Mayor, "mayor"), Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "userName");
        Assert.Equal("delegation-to-self", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Delegating_a_post_one_does_not_hold_answers_400_naming_the_post()
    {
        var legal = await app.Api.LoginAsync(Demo.Legal);

        using var response = await legal.PostAsJsonAsync(Url, Delegation(Demo.Section, "mayor"), Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "position");
        Assert.Equal("delegator-does-not-hold-post", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_delegated_person_cannot_delegate_further()
    {
        var clerk = await app.Api.LoginAsync(Demo.Clerk);
        await CreateAsync(await app.Api.LoginAsync(Demo.Mayor), Delegation(Demo.Clerk, "mayor", "2090-03-01", "2090-03-31"), Url);

        using var response = await clerk.PostAsJsonAsync(Url, Delegation(Demo.Section, "mayor", "2090-03-02", "2090-03-10"), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "position");
    }

    [Fact]
    public async Task An_acting_holder_may_delegate_the_post_they_act_for()
    {
        var deputy = await app.Api.LoginAsync(Demo.Deputy);

        var given = await CreateAsync(deputy, Delegation(Demo.Legal, "head-clerk-office", "2090-05-01", "2090-05-02"), Url);

        Assert.Equal(Demo.Deputy, given.DelegatedBy);
    }

    [Fact]
    public async Task Holder_ends_a_delegation_they_gave_but_not_one_someone_else_gave()
    {
        var mayor = await app.Api.LoginAsync(Demo.Mayor);
        var given = await CreateAsync(mayor, Delegation(Demo.Office, "mayor", "2090-06-01", "2090-06-30"), Url);

        using var byOther = await (await app.Api.LoginAsync(Demo.Office)).PostAsJsonAsync($"{Url}/{given.Id}/end", new { to = "2090-06-05", version = given.Version }, Ct);
        using var bySelf = await mayor.PostAsJsonAsync($"{Url}/{given.Id}/end", new { to = "2090-06-10", version = given.Version }, Ct);

        await Problem.AssertAsync(byOther, HttpStatusCode.NotFound);
        Assert.Equal(new DateOnly(2090, 6, 10), (await ReadAsync<AssignmentView>(bySelf, HttpStatusCode.OK)).To);
    }

    [Fact]
    public async Task Ending_a_delegation_before_it_starts_answers_400()
    {
        var mayor = await app.Api.LoginAsync(Demo.Mayor);
        var given = await CreateAsync(mayor, Delegation(Demo.Section, "mayor", "2090-07-10", "2090-07-30"), Url);

        using var response = await mayor.PostAsJsonAsync($"{Url}/{given.Id}/end", new { to = "2090-07-01", version = given.Version }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "to");
    }
}

/// <summary>HolderDelegationTests on SQLite (the default provider).</summary>
public sealed class HolderDelegationTests(WorkflowApp app) : HolderDelegationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>HolderDelegationTests on PostgreSQL (ADR 33).</summary>
public sealed class HolderDelegationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : HolderDelegationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
