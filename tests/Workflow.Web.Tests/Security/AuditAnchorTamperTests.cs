using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>Tampering with the end of the audit trail of a signed memo (its signature), beyond AuditTamperTests.</summary>
public sealed class AuditAnchorTamperTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> SignedMemoAsync()
    {
        var id = await _api.MemoAtStepAsync(Demo.MemoSteps.Length - 1);
        await _api.ActOkAsync(Demo.Mayor, id, "sign", "อนุญาต");
        return id;
    }

    /// <summary>Runs SQL on the file directly, with its own connection, as a person with shell access would.</summary>
    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        Assert.True(await command.ExecuteNonQueryAsync(Ct) >= 1, sql);
    }

    private Task<AuditVerification> VerifyAsync(Guid id) => _api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");

    [Fact]
    public async Task Verify_names_the_signature_when_the_last_entry_of_a_signed_memo_was_deleted()
    {
        var id = await SignedMemoAsync();

        await ExecuteAsync("DELETE FROM AuditEntries WHERE DocumentId = $d AND Sequence = 5", ("$d", id.ToString().ToUpperInvariant()));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(5, verification.FirstBrokenSequence);
        Assert.Equal(4, verification.Entries);
    }

    [Fact]
    public async Task Verify_names_the_last_entry_when_the_signature_was_deleted_and_the_anchor_rewound()
    {
        var id = await SignedMemoAsync();
        var document = id.ToString().ToUpperInvariant();

        await ExecuteAsync("DELETE FROM AuditEntries WHERE DocumentId = $d AND Sequence = 5", ("$d", document));
        await ExecuteAsync("""
            UPDATE Documents SET AuditCount = 4,
              AuditHead = (SELECT Hash FROM AuditEntries WHERE DocumentId = $d AND Sequence = 4)
            WHERE Id = $d
            """, ("$d", document));

        var verification = await VerifyAsync(id);
        Assert.False(verification.Valid);
        Assert.Equal(4, verification.FirstBrokenSequence);
        Assert.Contains("Signed", verification.Reason);
    }
}
