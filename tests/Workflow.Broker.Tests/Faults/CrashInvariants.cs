using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Broker.Tests.Faults;

/// <summary>What must hold after the crashes, read from the service's API and straight from its database (SQLite or PostgreSQL).</summary>
public static class CrashInvariants
{
    public sealed record Outcome(long Signed, int Lost);

    /// <param name="context">What to show beside a failure: the service's last output, the broker's restarts.</param>
    public static async Task<Outcome> CheckAsync(Uri url, string databasePath, IReadOnlyDictionary<Guid, List<string>> acknowledged,
        Func<Task<string>> context, CancellationToken ct)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await db.OpenAsync(ct);
        return await CheckAsync(url, db, acknowledged, context, ct);
    }

    /// <param name="db">An open connection to the service's database.</param>
    public static async Task<Outcome> CheckAsync(Uri url, DbConnection db, IReadOnlyDictionary<Guid, List<string>> acknowledged,
        Func<Task<string>> context, CancellationToken ct)
    {
        var drained = await EventuallyAsync(async () =>
            await ScalarAsync(db, """SELECT COUNT(*) FROM "Outbox" WHERE "SentAt" IS NULL""", ct) == 0
            && await ScalarAsync(db, """SELECT COUNT(*) FROM "Documents" d WHERE d."Status" = 'Signed' AND NOT EXISTS (SELECT 1 FROM "Publications" p WHERE p."DocumentId" = d."Id")""", ct) == 0,
            ct);
        if (!drained)
        {
            Assert.Fail($"""
                The outbox did not drain, or a signed memo was not published, within 60 s of the last restart.
                {await BacklogAsync(db, ct)}
                /health: {await HealthAsync(url, ct)}
                {await context()}
                """);
        }

        var lost = 0;
        foreach (var (id, actions) in acknowledged)
        {
            var audited = await ActionsAsync(db, id, ct);
            if (!IsSubsequence(actions, audited))
            {
                lost++;
                TestContext.Current.SendDiagnosticMessage($"{id}: acknowledged [{string.Join(",", actions)}] but audited [{string.Join(",", audited)}]");
            }
        }

        Assert.Equal(0L, await ScalarAsync(db, """SELECT COUNT(*) FROM (SELECT "DocumentId" FROM "Publications" GROUP BY "DocumentId" HAVING COUNT(*) > 1) AS twice""", ct));
        Assert.Equal(0L, await ScalarAsync(db, """SELECT COUNT(*) FROM (SELECT 1 FROM "Documents" WHERE "RegisterNumber" IS NOT NULL GROUP BY "RegisterYear", "RegisterNumber" HAVING COUNT(*) > 1) AS twice""", ct));
        var numbers = await ScalarAsync(db, """SELECT COUNT(*) FROM "Documents" WHERE "RegisterNumber" IS NOT NULL""", ct);
        Assert.Equal(numbers, await ScalarAsync(db, """SELECT COALESCE(SUM("Last"), 0) FROM "RegisterCounters" """, ct));

        using var http = new HttpClient { BaseAddress = url };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "legal", password = "Demo-1234!" }, ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString());
        foreach (var id in acknowledged.Keys)
        {
            var verification = await http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/audit/verify", ct);
            Assert.True(verification.GetProperty("valid").GetBoolean(), $"The audit chain of {id} does not verify: {verification}");
        }

        return new Outcome(await ScalarAsync(db, """SELECT COUNT(*) FROM "Publications" """, ct), lost);
    }

    private static async Task<string> BacklogAsync(DbConnection db, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), MAX("Attempts"), (SELECT "LastError" FROM "Outbox" WHERE "SentAt" IS NULL AND "LastError" IS NOT NULL ORDER BY "Id" DESC LIMIT 1),
                   (SELECT COUNT(*) FROM "Documents" d WHERE d."Status" = 'Signed' AND NOT EXISTS (SELECT 1 FROM "Publications" p WHERE p."DocumentId" = d."Id"))
            FROM "Outbox" WHERE "SentAt" IS NULL
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"Unsent outbox rows: {reader.GetInt64(0)}, most attempts {(reader.IsDBNull(1) ? 0 : reader.GetInt64(1))}, " +
            $"last error: {(reader.IsDBNull(2) ? "none" : reader.GetString(2))}; signed but unpublished: {reader.GetInt64(3)}";
    }

    private static async Task<string> HealthAsync(Uri url, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Health-Key", WorkflowApp.HealthKey);
        try
        {
            return await http.GetStringAsync("/health", ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.Message;
        }
    }

    private static bool IsSubsequence(List<string> acknowledged, List<string> audited)
    {
        var i = 0;
        foreach (var action in audited)
        {
            if (i < acknowledged.Count && acknowledged[i] == action)
                i++;
        }

        return i == acknowledged.Count;
    }

    private static async Task<List<string>> ActionsAsync(DbConnection db, Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = """SELECT "Action" FROM "AuditEntries" WHERE "DocumentId" = @id ORDER BY "Sequence" """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        // As EF Core stores a Guid: upper-case text in SQLite, uuid in PostgreSQL.
        parameter.Value = db is SqliteConnection ? id.ToString().ToUpperInvariant() : id;
        command.Parameters.Add(parameter);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            actions.Add(reader.GetString(0).ToLowerInvariant());
        return actions;
    }

    private static async Task<long> ScalarAsync(DbConnection db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                return false;
            await Task.Delay(200, ct);
        }

        return true;
    }
}
