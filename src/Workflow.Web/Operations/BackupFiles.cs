using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Workflow.Web.Operations;

/// <summary>File work shared by backup and restore: hashing copies, attachment paths, what a database file references.</summary>
public static class BackupFiles
{
    public static readonly string[] CountedTables = ["Documents", "AuditEntries", "Publications", "Attachments", "AspNetUsers"];

    /// <summary>Copies through a temporary name, so a file under its final name is always whole; answers its SHA-256 and size.</summary>
    public static async Task<(string Sha256, long Bytes)> CopyAsync(string from, string to, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        var temp = to + ".partial";
        await using (var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        await using (var target = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await target.FlushAsync(ct);
            var result = (Convert.ToHexStringLower(hash.GetHashAndReset()), target.Length);
            target.Close();
            File.Move(temp, to, overwrite: false);
            return result;
        }
    }

    public static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    /// <summary>Where the attachment store keeps a file: a folder per first two hex digits (see AttachmentStore).</summary>
    public static string AttachmentPath(string root, string sha256) => Path.Combine(root, sha256[..2], sha256);

    public static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    public static bool IsEmptyOrMissing(string folder) => !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    public static SqliteConnection OpenReadOnly(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The SHA-256 (the name in the store) of every attachment file the database refers to; an encrypted one by its stored name.</summary>
    public static async Task<IReadOnlyList<string>> ReferencedAttachmentsAsync(SqliteConnection db, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = """SELECT DISTINCT COALESCE("StoredAs", "Sha256") FROM "Attachments" ORDER BY 1""";
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            result.Add(reader.GetString(0));
        return result;
    }

    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(SqliteConnection db, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables)
        {
            await using var command = db.CreateCommand();
            command.CommandText = $"""SELECT COUNT(*) FROM "{table}" """;
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
