using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Administration.Assignments;

namespace Workflow.Web.Tests.Administration;

/// <summary>/api/admin/assignments: holdings, acting orders and delegations entered, ended early and corrected, each audited.</summary>
public abstract class AssignmentAdminTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"userName":"finance","position":"mayor","kind":"Holder","from":"2090-02-10","to":"2090-02-09"}""", "to" },
        { """{"userName":"finance","position":"mayor","kind":"Acting","from":"2090-02-10","orderDate":"2090-02-01"}""", "orderNumber" },
        { """{"userName":"finance","position":"mayor","kind":"Acting","from":"2090-02-10","orderNumber":"5/2633"}""", "orderDate" },
        { """{"userName":"mayor","position":"mayor","kind":"Delegated","from":"2090-02-10","delegatedBy":"mayor"}""", "delegatedBy" },
        { """{"userName":"finance","position":"mayor","kind":"Delegated","from":"2090-02-10","delegatedBy":"legal"}""", "delegatedBy" },
        { """{"userName":"finance","position":"mayor","kind":"Delegated","from":"2090-02-10"}""", "delegatedBy" },
        { """{"userName":"finance","position":"mayor","kind":"Holder","from":"2090-02-10","routes":["memo-approval"]}""", "routes" },
        { """{"userName":"finance","position":"mayor","kind":"Delegated","from":"2090-02-10","delegatedBy":"mayor","routes":[]}""", "routes" },
        { """{"userName":"nobody-here","position":"mayor","kind":"Holder","from":"2090-02-10"}""", "userName" },
        { """{"userName":"finance","position":"no-such-post","kind":"Holder","from":"2090-02-10"}""", "position" },
        { """{"userName":"finance","position":"mayor","kind":"Delegated","from":"2090-02-10","delegatedBy":"mayor","routes":["no-such-route"]}""", "routes" },
        { """{"userName":"finance","position":"mayor","kind":"Holder"}""", "from" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Create_answers_400_naming_the_field_and_changes_nothing_when_the_assignment_is_bad(string body, string field)
    {
        var admin = await AdminAsync(app);
        var before = await GetAsync<AssignmentView[]>(admin, Url);

        using var response = await admin.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before.Length, (await GetAsync<AssignmentView[]>(admin, Url))!.Length);
    }

    [Fact]
    public async Task Create_answers_400_when_the_person_is_deactivated()
    {
        var admin = await AdminAsync(app);
        var gone = await InactivePersonAsync(app, "retired-officer");

        using var response = await admin.PostAsJsonAsync(Url, Request(userName: gone), Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "userName");
        Assert.Equal("person-inactive", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_records_an_acting_order_with_its_number_and_an_audit_entry_by_the_administrator()
    {
        var admin = await AdminAsync(app);

        var acting = await CreateAsync(admin, Request(Demo.Section, "municipal-clerk", "Acting", "2090-03-01", "2090-03-31", "๒๕/๒๖๓๓", "2090-02-25"));

        Assert.Equal(("๒๕/๒๖๓๓", new DateOnly(2090, 2, 25), AssignmentStatus.Future), (acting.OrderNumber, acting.OrderDate, acting.Status));
        var one = await GetAsync<JsonElement>(admin, $"{Url}/{acting.Id}");
        var created = Assert.Single(one.GetProperty("history").EnumerateArray());
        Assert.Equal(("Created", "ผู้ดูแลระบบ"), (created.GetProperty("action").GetString(), created.GetProperty("actorName").GetString()));
        Assert.Contains("๒๕/๒๖๓๓", created.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_records_a_delegation_limited_to_one_route()
    {
        var admin = await AdminAsync(app);

        var delegation = await CreateAsync(admin, Request(Demo.Clerk, "mayor", "Delegated", "2090-04-01", "2090-04-30", delegatedBy: Demo.Mayor,
            routes: [Demo.FinanceRoute]));

        Assert.Equal([Demo.FinanceRoute], delegation.Routes);
        Assert.Equal(Demo.Mayor, delegation.DelegatedBy);
        var listed = await GetAsync<AssignmentView[]>(admin, $"{Url}?person={Demo.Clerk}&position=mayor&status=Future");
        Assert.Equal([Demo.FinanceRoute], Assert.Single(listed, a => a.Id == delegation.Id).Routes);
    }

    [Fact]
    public async Task End_sets_the_last_day_and_is_audited_with_the_before_and_after()
    {
        var admin = await AdminAsync(app);
        var holding = await CreateAsync(admin, Request(from: "2090-05-01"));

        using var ended = await admin.PostAsJsonAsync($"{Url}/{holding.Id}/end", new { to = "2090-05-20", version = holding.Version }, Ct);

        var view = await ReadAsync<AssignmentView>(ended, HttpStatusCode.OK);
        Assert.Equal((new DateOnly(2090, 5, 20), holding.Version + 1), (view.To, view.Version));
        var history = (await GetAsync<JsonElement>(admin, $"{Url}/{holding.Id}")).GetProperty("history");
        var end = history[0];
        Assert.Equal("Ended", end.GetProperty("action").GetString());
        Assert.Contains("\"to\":null", end.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"to\":\"2090-05-20\"", end.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_answers_400_when_the_last_day_is_before_the_first()
    {
        var admin = await AdminAsync(app);
        var holding = await CreateAsync(admin, Request(from: "2090-06-10"));

        using var response = await admin.PostAsJsonAsync($"{Url}/{holding.Id}/end", new { to = "2090-06-09", version = holding.Version }, Ct);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "to");
        Assert.Equal("ends-before-start", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task End_answers_409_when_the_version_is_stale()
    {
        var admin = await AdminAsync(app);
        var holding = await CreateAsync(admin, Request(from: "2090-07-01"));
        using var first = await admin.PostAsJsonAsync($"{Url}/{holding.Id}/end", new { to = "2090-07-30", version = holding.Version }, Ct);
        await ApiClient.ExpectAsync(first, HttpStatusCode.OK, "first end");

        using var second = await admin.PostAsJsonAsync($"{Url}/{holding.Id}/end", new { to = "2090-07-20", version = holding.Version }, Ct);

        await Problem.AssertAsync(second, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Order_is_corrected_and_cannot_be_removed_from_an_acting_assignment()
    {
        var admin = await AdminAsync(app);
        var acting = await CreateAsync(admin, Request(Demo.Office, "municipal-clerk", "Acting", "2090-08-01", orderNumber: "๑/๒๖๓๓", orderDate: "2090-07-30"));

        using var removed = await admin.PutAsJsonAsync($"{Url}/{acting.Id}/order", new { orderNumber = "", orderDate = "2090-07-30", version = acting.Version }, Ct);
        using var corrected = await admin.PutAsJsonAsync($"{Url}/{acting.Id}/order", new { orderNumber = "๒/๒๖๓๓", orderDate = "2090-07-31", version = acting.Version }, Ct);

        await Problem.AssertFieldAsync(removed, HttpStatusCode.BadRequest, "orderNumber");
        var view = await ReadAsync<AssignmentView>(corrected, HttpStatusCode.OK);
        Assert.Equal(("๒/๒๖๓๓", new DateOnly(2090, 7, 31)), (view.OrderNumber, view.OrderDate));
    }

    [Fact]
    public async Task Unknown_assignment_answers_404()
    {
        var admin = await AdminAsync(app);
        var id = Guid.NewGuid();

        using var one = await admin.GetAsync($"{Url}/{id}", Ct);
        using var end = await admin.PostAsJsonAsync($"{Url}/{id}/end", new { to = "2090-01-01", version = 0 }, Ct);

        await Problem.AssertAsync(one, HttpStatusCode.NotFound);
        await Problem.AssertAsync(end, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Today_names_the_holder_and_the_acting_holder_of_a_post()
    {
        var admin = await AdminAsync(app);

        var today = await GetAsync<PostToday>(admin, $"{Url}/today?position=head-clerk-office");

        Assert.Equal(Demo.Office, Assert.Single(today.Holders).UserName);
        var acting = Assert.Single(today.Acting);
        Assert.Equal((Demo.Deputy, "๑๒/๒๕๖๙"), (acting.UserName, acting.OrderNumber));
        Assert.Empty(today.Delegated);
    }

    [Fact]
    public async Task List_filters_by_status()
    {
        var admin = await AdminAsync(app);
        var future = await CreateAsync(admin, Request(Demo.Director, from: "2091-01-01"));

        var current = await GetAsync<AssignmentView[]>(admin, $"{Url}?status=Current");
        var upcoming = await GetAsync<AssignmentView[]>(admin, $"{Url}?status=Future&person={Demo.Director}");

        Assert.DoesNotContain(current, a => a.Id == future.Id);
        Assert.Contains(current, a => a.UserName == Demo.Mayor && a.Position.Key == "mayor");
        Assert.Contains(upcoming, a => a.Id == future.Id);
    }
}

/// <summary>AssignmentAdminTests on SQLite (the default provider).</summary>
public sealed class AssignmentAdminTests(WorkflowApp app) : AssignmentAdminTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AssignmentAdminTests on PostgreSQL (ADR 33).</summary>
public sealed class AssignmentAdminOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AssignmentAdminTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
