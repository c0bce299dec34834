using Microsoft.EntityFrameworkCore;
using Workflow.Web.Options;

namespace Workflow.Bench;

/// <summary>Database size; for SQLite the file and its WAL, for PostgreSQL the database as the server counts it (no WAL figure).</summary>
public sealed record StorageResult(long DatabaseBytes, long WalBytes, int Documents);

public sealed record PdfCount(int SealedPublications, int PdfFiles);

/// <summary>Reads the service's own records after the run: exact signature → publication times, database size.</summary>
public static class ServerSide
{
    /// <summary>PublishedAt − SignedAt (the sign audit entry's time) in ms, per register number given.</summary>
    public static Dictionary<string, double> PublicationLatencies(BenchDatabase database, IEnumerable<string> registerNumbers, DateTimeOffset since)
    {
        var wanted = registerNumbers.ToHashSet();
        using var db = database.Open();
        return db.Publications.AsNoTracking().Where(p => p.PublishedAt >= since)
            .Select(p => new { p.RegisterNumber, p.PublishedAt, p.SignedAt }).AsEnumerable()
            .Where(p => wanted.Contains(p.RegisterNumber))
            .ToDictionary(p => p.RegisterNumber, p => (p.PublishedAt - p.SignedAt).TotalMilliseconds);
    }

    /// <summary>
    /// Publications that name a sealed PDF, and the PDF files in the store: one file per publication, unless a
    /// publication was rendered twice (two instances sealing the same memo make two files, the seal's time differs).
    /// </summary>
    public static PdfCount Pdfs(BenchDatabase database, string folder)
    {
        using var db = database.Open();
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !Path.GetFileName(f).StartsWith('.')) : 0;
        return new PdfCount(db.Publications.Count(p => p.PdfFile != null), files);
    }

    public static StorageResult Storage(BenchDatabase database)
    {
        using var db = database.Open();
        var documents = db.Documents.Count();
        if (database.Provider == DatabaseProvider.PostgreSql)
            return new StorageResult(db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").AsEnumerable().First(), 0, documents);
        long Size(string p) => File.Exists(p) ? new FileInfo(p).Length : 0;
        return new StorageResult(Size(database.Connection), Size(database.Connection + "-wal"), documents);
    }
}
