using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>Someone with access to the SQLite file edits the audit trail behind the service's back: verify names the entry.</summary>
public sealed class AuditTamperTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> AuditRowIdAsync(Guid documentId, int sequence) =>
        await app.ReadDbAsync(db => db.AuditEntries.Where(a => a.DocumentId == documentId && a.Sequence == sequence).Select(a => a.Id).SingleAsync(Ct));

    /// <summary>Runs SQL on the file directly, with its own connection, as a person with shell access would.</summary>
    private async Task ExecuteAsync(string sql, long rowId)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", rowId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
    }

    private Task<AuditVerification> VerifyAsync(Guid id) => _api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");

    [Fact]
    public async Task Verify_names_the_sequence_when_a_note_was_changed_in_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("UPDATE AuditEntries SET Note = 'เห็นควรไม่อนุญาต' WHERE Id = $id", await AuditRowIdAsync(id, 3));

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

        await ExecuteAsync("UPDATE AuditEntries SET UserName = 'นายคนอื่น แทนที่' WHERE Id = $id", await AuditRowIdAsync(id, 2));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(2, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_names_the_gap_when_an_entry_was_deleted_from_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id = $id", await AuditRowIdAsync(id, 2));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(3, verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_names_the_missing_entry_when_the_newest_entry_was_deleted_from_the_file()
    {
        var id = await _api.MemoAtStepAsync(3);

        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id = $id", await AuditRowIdAsync(id, 4));

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
}
