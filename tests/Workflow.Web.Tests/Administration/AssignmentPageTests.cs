using System.Net;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Administration.Assignments;

namespace Workflow.Web.Tests.Administration;

/// <summary>The pages take the API's request and rules: /admin/assignments for the administrator, /account/delegations for a holder.</summary>
public abstract class AssignmentPageTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<CopiedBrowser> AdminBrowserAsync()
    {
        await AdminAsync(app);
        return await CopiedBrowser.SignInAsync(app, "assignments-admin", AdminAccounts.Password);
    }

    [Fact]
    public async Task New_assignment_page_records_an_acting_order_and_shows_it_with_its_history()
    {
        var browser = await AdminBrowserAsync();

        using var posted = await browser.PostFormAsync("/admin/assignments/new", "/admin/assignments/new", new()
        {
            ["Input.Kind"] = "Acting", ["Input.UserName"] = Demo.Section, ["Input.Position"] = "municipal-clerk",
            ["Input.From"] = "2090-09-01", ["Input.To"] = "2090-09-15", ["Input.OrderNumber"] = "๔๔/๒๖๓๓", ["Input.OrderDate"] = "2090-08-28",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var page = await browser.GetAsync(posted.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"assignment-saved\"", html, StringComparison.Ordinal);
        Assert.Contains("๔๔/๒๖๓๓", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"admin-history\"", html, StringComparison.Ordinal);
        var stored = await GetAsync<AssignmentView[]>(await AdminAsync(app), $"{Url}?person={Demo.Section}&position=municipal-clerk");
        // Another test of this class may give the same person a delegation of the same post.
        Assert.Equal(new DateOnly(2090, 9, 1), Assert.Single(stored, a => a.OrderNumber == "๔๔/๒๖๓๓").From);
    }

    [Theory]
    [InlineData("Acting", "2090-09-01", "2090-09-15", "", "Input_OrderNumber")]
    [InlineData("Holder", "2090-09-15", "2090-09-01", "", "Input_To")]
    public async Task New_assignment_page_answers_400_with_the_field_marked(string kind, string from, string to, string order, string field)
    {
        var browser = await AdminBrowserAsync();

        using var posted = await browser.PostFormAsync("/admin/assignments/new", "/admin/assignments/new", new()
        {
            ["Input.Kind"] = kind, ["Input.UserName"] = Demo.Finance, ["Input.Position"] = "mayor",
            ["Input.From"] = from, ["Input.To"] = to, ["Input.OrderNumber"] = order,
        });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Matches($"<input[^>]*class=\"input-validation-error\"[^>]*id=\"{field}\"|<input[^>]*id=\"{field}\"[^>]*class=\"input-validation-error\"",
            await posted.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Assignment_page_ends_an_assignment_early()
    {
        var admin = await AdminAsync(app);
        var holding = await CreateAsync(admin, Request(Demo.Director, from: "2090-10-01"));
        var browser = await AdminBrowserAsync();
        var url = $"/admin/assignments/{holding.Id}";

        using var posted = await browser.PostFormAsync(url, url + "?handler=End", new() { ["End.To"] = "2090-10-31", ["End.Version"] = holding.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(new DateOnly(2090, 10, 31), (await GetAsync<AssignmentHistory>(admin, $"{Url}/{holding.Id}")).Assignment.To);
    }

    [Fact]
    public async Task List_page_shows_who_acts_for_a_post_today()
    {
        var browser = await AdminBrowserAsync();

        using var page = await browser.GetAsync("/admin/assignments?position=head-clerk-office");

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"post-today\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"today-acting\"[^<]*<li><a[^>]*>จ.อ.อนุชา รักษาการ</a>", html);
    }

    [Fact]
    public async Task Delegations_page_lets_a_holder_delegate_on_one_route_and_links_from_the_navigation()
    {
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Clerk);
        using var inbox = await browser.GetAsync("/");
        Assert.Contains("data-testid=\"nav-delegations\"", await inbox.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var posted = await browser.PostFormAsync("/account/delegations", "/account/delegations?handler=Give", new()
        {
            ["Input.Position"] = "municipal-clerk", ["Input.UserName"] = Demo.Section, ["Input.From"] = "2090-11-01", ["Input.To"] = "2090-11-05",
            ["Input.Routes"] = Demo.MemoRoute,
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var mine = await GetAsync<DelegationList>(await app.Api.LoginAsync(Demo.Clerk), "/api/delegations");
        var given = Assert.Single(mine.Given);
        Assert.Equal(Demo.Section, given.UserName);
        Assert.Equal([Demo.MemoRoute], given.Routes);
    }

    [Fact]
    public async Task Delegations_page_refuses_a_delegation_to_oneself_with_the_person_marked()
    {
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Mayor);

        using var posted = await browser.PostFormAsync("/account/delegations", "/account/delegations?handler=Give", new()
        {
            ["Input.Position"] = "mayor", ["Input.UserName"] = Demo.Mayor, ["Input.From"] = "2090-11-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("มอบหมายให้ตนเองไม่ได้", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

/// <summary>AssignmentPageTests on SQLite (the default provider).</summary>
public sealed class AssignmentPageTests(WorkflowApp app) : AssignmentPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AssignmentPageTests on PostgreSQL (ADR 33).</summary>
public sealed class AssignmentPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AssignmentPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
