using Microsoft.Data.Sqlite;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// Writes text straight into the service's SQLite file, past every validation: the way markup would arrive from an
/// import, a restored backup or another tool. The API refuses markup, so this is the only way in.
/// </summary>
public sealed class XssDatabase(string path)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task SetDisplayNamesAsync(IEnumerable<string> userIds, string name) =>
        ExecuteAsync($"UPDATE AspNetUsers SET DisplayName = $v WHERE Id IN ({string.Join(",", userIds.Select(Quote))})", name, expected: null);

    public async Task SetMemoTextAsync(Guid id, XssTexts texts)
    {
        await using var db = await OpenAsync();
        using var update = db.CreateCommand();
        update.CommandText = "UPDATE Documents SET Issuer = $issuer, Subject = $subject, Salutation = $salutation, Body = $body WHERE upper(Id) = $id";
        update.Parameters.AddWithValue("$issuer", texts.Issuer);
        update.Parameters.AddWithValue("$subject", texts.Subject);
        update.Parameters.AddWithValue("$salutation", texts.Salutation);
        update.Parameters.AddWithValue("$body", texts.Body);
        update.Parameters.AddWithValue("$id", Key(id));
        Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
    }

    public Task SetFileNamesAsync(Guid documentId, string fileName) =>
        ExecuteAsync($"UPDATE Attachments SET FileName = $v WHERE upper(DocumentId) = {Quote(Key(documentId))}", fileName, expected: 1);

    /// <summary>Every note of the memo's audit entries (this breaks the audit chain, which the memo page then says).</summary>
    public Task SetNotesAsync(Guid documentId, string note) =>
        ExecuteAsync($"UPDATE AuditEntries SET Note = $v WHERE upper(DocumentId) = {Quote(Key(documentId))}", note, expected: null);

    private async Task ExecuteAsync(string sql, string value, int? expected)
    {
        await using var db = await OpenAsync();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        var changed = await command.ExecuteNonQueryAsync(Ct);
        Assert.True(expected is null ? changed > 0 : changed == expected, $"{sql}: {changed} rows");
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        await db.OpenAsync(Ct);
        return db;
    }

    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
