using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>Tampering with the end of the audit trail of a signed memo (its signature), beyond AuditTamperTests.</summary>
public abstract class AuditAnchorTamperTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> SignedMemoAsync()
    {
        var id = await _api.MemoAtStepAsync(Demo.MemoSteps.Length - 1);
        await _api.ActOkAsync(Demo.Mayor, id, "sign", "อนุญาต");
        return id;
    }

    /// <summary>Runs SQL on the database directly, as a person with shell access would; {0} is the document's id.</summary>
    private async Task ExecuteAsync(string sql, Guid document) => Assert.True(await RawSql.ExecuteAsync(app, sql, document) >= 1, sql);

    private Task<AuditVerification> VerifyAsync(Guid id) => _api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");

    [Fact]
    public async Task Verify_names_the_signature_when_the_last_entry_of_a_signed_memo_was_deleted()
    {
        var id = await SignedMemoAsync();

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "DocumentId" = {0} AND "Sequence" = 5""", id);

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(5, verification.FirstBrokenSequence);
        Assert.Equal(4, verification.Entries);
    }

    [Fact]
    public async Task Verify_names_the_last_entry_when_the_signature_was_deleted_and_the_anchor_rewound()
    {
        var id = await SignedMemoAsync();

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "DocumentId" = {0} AND "Sequence" = 5""", id);
        await ExecuteAsync("""
            UPDATE "Documents" SET "AuditCount" = 4,
              "AuditHead" = (SELECT "Hash" FROM "AuditEntries" WHERE "DocumentId" = {0} AND "Sequence" = 4)
            WHERE "Id" = {0}
            """, id);

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.Contains("Signed", verification.Reason);
    }
}

/// <summary>AuditAnchorTamperTests on SQLite (the default provider).</summary>
public sealed class AuditAnchorTamperTests(WorkflowApp app) : AuditAnchorTamperTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AuditAnchorTamperTests on PostgreSQL (ADR 33).</summary>
public sealed class AuditAnchorTamperOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AuditAnchorTamperTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
