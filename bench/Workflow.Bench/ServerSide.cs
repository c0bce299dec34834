using Microsoft.Data.Sqlite;

namespace Workflow.Bench;

public sealed record StorageResult(long DatabaseBytes, long WalBytes, int Documents);

/// <summary>Reads the service's own records after the run: exact signature → publication times, database size.</summary>
public static class ServerSide
{
    /// <summary>PublishedAt − SignedAt (the sign audit entry's time) in ms, per register number given.</summary>
    public static Dictionary<string, double> PublicationLatencies(string dbPath, IEnumerable<string> registerNumbers, DateTimeOffset since)
    {
        var wanted = registerNumbers.ToHashSet();
        var result = new Dictionary<string, double>();
        using var db = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var c = db.CreateCommand();
        c.CommandText = """SELECT "RegisterNumber", "PublishedAt" - "SignedAt" FROM "Publications" WHERE "PublishedAt" >= $since""";
        c.Parameters.AddWithValue("$since", since.UtcTicks);
        using var r = c.ExecuteReader();
        while (r.Read())
        {
            if (wanted.Contains(r.GetString(0)))
                result[r.GetString(0)] = r.GetInt64(1) / (double)TimeSpan.TicksPerMillisecond;
        }

        return result;
    }

    public static StorageResult Storage(string dbPath)
    {
        long Size(string p) => File.Exists(p) ? new FileInfo(p).Length : 0;
        using var db = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var c = db.CreateCommand();
        c.CommandText = """SELECT COUNT(*) FROM "Documents" """;
        var documents = Convert.ToInt32(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return new StorageResult(Size(dbPath), Size(dbPath + "-wal"), documents);
    }
}
