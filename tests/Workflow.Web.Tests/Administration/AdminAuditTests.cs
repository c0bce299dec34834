using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>The administration audit: what the first start recorded, the chain check, and who may read it.</summary>
public abstract class AdminAuditTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "audit-admin");

    [Fact]
    public async Task Audit_lists_the_organisation_and_the_posts_the_first_start_created()
    {
        var admin = await AdminAsync();

        var entries = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/audit?limit=500", Ct);

        var created = entries!.Where(e => e.GetProperty("action").GetString() == "Created" && e.GetProperty("actorId").GetString() == "system")
            .Select(e => $"{e.GetProperty("subjectKind").GetString()}:{e.GetProperty("subjectId").GetString()}").ToList();
        Assert.Contains("Organisation:1", created);
        Assert.Contains("Post:mayor", created);
        Assert.Contains("Post:legal-officer", created);
    }

    [Fact]
    public async Task Demo_people_and_their_assignments_were_created_through_the_audited_administration_path()
    {
        var counts = await app.ReadDbAsync(async db => (
            People: await db.AdminAudit.CountAsync(a => a.SubjectKind == "Person" && a.Action == "Created" && a.ActorId == "system", Ct),
            Assignments: await db.AdminAudit.CountAsync(a => a.SubjectKind == "Assignment" && a.Action == "Created" && a.ActorId == "system", Ct)));

        Assert.Equal((Demo.Users.Length, Demo.Users.Length), counts);
    }

    [Fact]
    public async Task Audit_history_of_one_post_holds_its_creation_with_the_titles_after_it()
    {
        var admin = await AdminAsync();

        var history = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/audit?kind=Post&id=mayor", Ct);

        var created = Assert.Single(history!, e => e.GetProperty("action").GetString() == "Created");
        Assert.Null(created.GetProperty("before").GetString());
        Assert.Contains("\"titleTh\":\"นายกเทศมนตรี\"", created.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_answers_400_naming_id_when_only_the_kind_is_given()
    {
        var admin = await AdminAsync();

        using var response = await admin.GetAsync("/api/admin/audit?kind=Post", Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "id");
    }

    [Fact]
    public async Task Verify_reports_the_chain_intact_on_a_fresh_database()
    {
        var admin = await AdminAsync();

        var verification = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit/verify", Ct);

        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.True(verification.GetProperty("entries").GetInt32() >= 8);
    }

    [Fact]
    public async Task Verify_names_the_entry_whose_after_was_edited_in_the_database()
    {
        // A host of its own: the broken chain would fail the other tests of this class.
        await using var tampered = new WorkflowApp { Provider = app.Provider };
        var admin = await AdminAccounts.SignInAsync(tampered, "audit-admin");
        var sequence = await RawSql.ScalarAsync<int>(tampered, """
            UPDATE "AdminAudit" SET "After" = replace("After", 'นายกเทศมนตรี', 'นายกรัฐมนตรี')
            WHERE "SubjectId" = 'mayor' AND "Sequence" = (SELECT min("Sequence") FROM "AdminAudit" WHERE "SubjectId" = 'mayor')
            RETURNING "Sequence" AS "Value"
            """);

        var verification = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit/verify", Ct);

        Assert.False(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(sequence, verification.GetProperty("brokenAt").GetInt32());
    }

    [Theory]
    [InlineData("/api/admin/audit")]
    [InlineData("/api/admin/audit/verify")]
    public async Task Audit_api_answers_401_anonymous_and_403_to_a_post_holder(string url)
    {
        using var anonymous = await app.Api.CreateClient().GetAsync(url, Ct);
        using var mayor = await (await app.Api.LoginAsync(Demo.Mayor)).GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mayor.StatusCode);
    }

    [Fact]
    public async Task Audit_page_shows_the_check_to_an_administrator_and_nothing_to_a_post_holder()
    {
        await AdminAsync();
        var admin = await CopiedBrowser.SignInAsync(app, "audit-admin", AdminAccounts.Password);
        var clerk = await CopiedBrowser.SignInAsync(app, Demo.Clerk);

        using var forAdmin = await admin.GetAsync("/admin/audit");
        using var forClerk = await clerk.GetAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, forAdmin.StatusCode);
        Assert.Contains("data-testid=\"admin-audit-status\"", await forAdmin.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, forClerk.StatusCode);
        Assert.DoesNotContain("admin-audit-status", await forClerk.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

/// <summary>AdminAuditTests on SQLite (the default provider).</summary>
public sealed class AdminAuditTests(WorkflowApp app) : AdminAuditTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AdminAuditTests on PostgreSQL (ADR 33).</summary>
public sealed class AdminAuditOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AdminAuditTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
