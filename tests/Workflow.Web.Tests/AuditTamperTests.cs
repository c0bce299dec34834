using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Core.Audit;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>Someone with access to the database edits the audit trail behind the service's back: verify names the entry.</summary>
public abstract class AuditTamperTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> AuditRowIdAsync(Guid documentId, int sequence) =>
        await app.ReadDbAsync(db => db.AuditEntries.Where(a => a.DocumentId == documentId && a.Sequence == sequence).Select(a => a.Id).SingleAsync(Ct));

    /// <summary>Runs SQL on the database directly, as a person with shell access would; {0} is the row's id.</summary>
    private async Task ExecuteAsync(string sql, long rowId) => Assert.Equal(1, await RawSql.ExecuteAsync(app, sql, rowId));

    private Task<AuditVerification> VerifyAsync(Guid id) => _api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");

    [Fact]
    public async Task Verify_names_the_sequence_when_a_note_was_changed_in_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("""UPDATE "AuditEntries" SET "Note" = 'เห็นควรไม่อนุญาต' WHERE "Id" = {0}""", await AuditRowIdAsync(id, 3));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(3, verification.FirstBrokenSequence);
        Assert.Equal(4, verification.Entries);
        Assert.False(string.IsNullOrEmpty(verification.Reason));
    }

    [Fact]
    public async Task Verify_names_the_sequence_when_the_acting_person_was_changed_in_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("""UPDATE "AuditEntries" SET "UserName" = 'นายคนอื่น แทนที่' WHERE "Id" = {0}""", await AuditRowIdAsync(id, 2));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_names_the_gap_when_an_entry_was_deleted_from_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Id" = {0}""", await AuditRowIdAsync(id, 2));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_names_the_missing_entry_when_the_newest_entry_was_deleted_from_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Id" = {0}""", await AuditRowIdAsync(id, 4));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(4, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_answers_valid_when_nobody_touched_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        var verification = await VerifyAsync(id);

        Assert.True(verification.Valid, verification.Reason);
        Assert.Equal(4, verification.Entries);
        Assert.Null(verification.FirstBrokenSequence);
    }

    /// <summary>A memo the acting deputy endorsed (entry 3 cites order ๑๒/๒๕๖๙), waiting for the municipal clerk.</summary>
    private async Task<Guid> EndorsedByTheDeputyAsync()
    {
        var id = await _api.MemoAtStepAsync(1);
        await _api.ActOkAsync(Demo.Deputy, id, "endorse");
        return id;
    }

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "OrderNumber" = '๙๙/๒๕๖๙' WHERE "Id" = {0}""", 3)]
    [InlineData("""UPDATE "AuditEntries" SET "PersonalTitle" = 'นักบริหารงานท้องถิ่น ระดับสูง' WHERE "Id" = {0}""", 2)]
    [InlineData("""UPDATE "AuditEntries" SET "Format" = 1, "OrderNumber" = NULL, "PersonalTitle" = NULL WHERE "Id" = {0}""", 3)]
    public async Task Verify_names_the_sequence_when_an_order_number_title_or_format_was_changed_in_the_file(string sql, int sequence)
    {
        var id = await EndorsedByTheDeputyAsync();

        await ExecuteAsync(sql, await AuditRowIdAsync(id, sequence));

        Assert.Equal(sequence, (await VerifyAsync(id)).FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_answers_valid_when_entries_written_in_format_1_are_followed_by_format_2_entries()
    {
        var id = await _api.MemoAtStepAsync(1);
        await RewriteAsFormat1Async(id);

        await _api.ActOkAsync(Demo.Deputy, id, "endorse");

        var verification = await VerifyAsync(id);
        Assert.True(verification.Valid, verification.Reason);
        var formats = await app.ReadDbAsync(db => db.AuditEntries.Where(a => a.DocumentId == id).OrderBy(a => a.Sequence).Select(a => a.Format).ToListAsync(Ct));
        // New entries are written in the current format (3 since the second factor joined the hash, ADR 31).
        Assert.Equal([1, 1, AuditChain.CurrentFormat], formats);
    }

    /// <summary>The document's entries as the service wrote them before format 2: no order number or title, the old hash.</summary>
    private async Task RewriteAsFormat1Async(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Workflow.Web.Data.WorkflowDbContext>();
        var entries = await db.AuditEntries.Where(a => a.DocumentId == id).OrderBy(a => a.Sequence).ToListAsync(Ct);
        var previous = AuditChain.Genesis;
        foreach (var entry in entries)
        {
            (entry.Format, entry.OrderNumber, entry.PersonalTitle, entry.PreviousHash) = (AuditChain.FirstFormat, null, null, previous);
            entry.Hash = previous = AuditChain.Hash(previous, entry.ToRecord());
        }

        var doc = await db.Documents.SingleAsync(d => d.Id == id, Ct);
        doc.AuditHead = previous;
        await db.SaveChangesAsync(Ct);
    }
}

/// <summary>AuditTamperTests on SQLite (the default provider).</summary>
public sealed class AuditTamperTests(WorkflowApp app) : AuditTamperTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>AuditTamperTests on PostgreSQL (ADR 33).</summary>
public sealed class AuditTamperOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : AuditTamperTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
