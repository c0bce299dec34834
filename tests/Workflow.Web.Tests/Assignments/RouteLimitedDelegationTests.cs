using System.Net;
using Workflow.Core.Assignments;
using Workflow.Web.Infrastructure;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>
/// The mayor delegates signing on the memo route only (ปฏิบัติราชการแทนนายกเทศมนตรีตำบลโชคชัย): the delegated person
/// sees and signs memos on that route, and nothing of the finance route the mayor also signs.
/// </summary>
public abstract class RouteLimitedDelegationTestsBase(WorkflowApp app)
{
    private const string MayorTitle = "นายกเทศมนตรีตำบลโชคชัย";

    private async Task<AssignedClient> DeputyMayorAsync(string? order = null)
    {
        await AssignedPeople.SetMemoTitleAsync(app, "mayor", MayorTitle);
        var userName = "deputymayor" + Guid.NewGuid().ToString("N")[..8];
        await AssignedPeople.AddAsync(app, userName, "รองนายกเทศมนตรี", "mayor", AssignmentKind.Delegated, DemoUsers.Since,
            orderNumber: order, delegatedBy: Demo.Mayor, routes: [Demo.MemoRoute]);
        return await AssignedClient.SignInAsync(app, userName);
    }

    private async Task<Guid> FinanceMemoAtSignatureAsync()
    {
        var id = (await app.Api.CreateDraftAsync(Demo.Finance, Demo.FinanceRoute)).Id;
        await app.Api.ActOkAsync(Demo.Finance, id, "submit");
        await app.Api.ActOkAsync(Demo.Director, id, "endorse");
        await app.Api.ActOkAsync(Demo.Clerk, id, "endorse");
        return id;
    }

    [Fact]
    public async Task Delegated_person_signs_a_memo_on_the_route_the_delegation_names()
    {
        var deputy = await DeputyMayorAsync();
        var id = await app.Api.MemoAtStepAsync(3);

        Assert.Contains(await deputy.InboxAsync(), i => i.Id == id);
        Assert.Equal(HttpStatusCode.OK, await deputy.ActAsync(id, "sign"));

        var entry = (await app.Api.GetDocumentAsync(Demo.Legal, id)).History[^1];
        Assert.Equal(("Signed", "Delegated", "mayor"), ((await app.Api.GetDocumentAsync(Demo.Legal, id)).Status, entry.Capacity, entry.ActedFor.Key));
        Assert.StartsWith("(พ.จ.อ.สมศักดิ์ deputymayor", entry.MarginalNote[1]);
        Assert.Equal(["- อนุมัติ", "รองนายกเทศมนตรี", "ปฏิบัติราชการแทน" + MayorTitle, entry.DateThai], entry.MarginalNote.Where((_, i) => i != 1));
    }

    [Fact]
    public async Task Delegated_person_cites_the_delegation_order_when_it_has_one()
    {
        var deputy = await DeputyMayorAsync(order: "8/2569");
        var id = await app.Api.MemoAtStepAsync(3);

        await deputy.ActAsync(id, "sign");

        var entry = (await app.Api.GetDocumentAsync(Demo.Legal, id)).History[^1];
        Assert.Equal("8/2569", entry.OrderNumber);
        Assert.Equal("ตามคำสั่งที่ ๘/๒๕๖๙", entry.MarginalNote[^2]);
    }

    [Fact]
    public async Task Delegated_person_does_not_see_a_memo_of_another_route_waiting_for_the_same_post()
    {
        var deputy = await DeputyMayorAsync();
        var id = await FinanceMemoAtSignatureAsync();

        Assert.DoesNotContain(await deputy.InboxAsync(), i => i.Id == id);
        Assert.Equal(HttpStatusCode.NotFound, await deputy.ReadStatusAsync(id));
    }

    [Fact]
    public async Task Delegated_person_cannot_sign_a_memo_of_another_route_and_the_mayor_still_can()
    {
        var deputy = await DeputyMayorAsync();
        var id = await FinanceMemoAtSignatureAsync();

        Assert.Equal(HttpStatusCode.NotFound, await deputy.ActAsync(id, "sign"));
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");
    }
}

/// <summary>RouteLimitedDelegationTests on SQLite (the default provider).</summary>
public sealed class RouteLimitedDelegationTests(WorkflowApp app) : RouteLimitedDelegationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>RouteLimitedDelegationTests on PostgreSQL (ADR 33).</summary>
public sealed class RouteLimitedDelegationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : RouteLimitedDelegationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
