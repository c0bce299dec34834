using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Workflow.Web.Operations;

/// <summary>
/// <c>backup --to FOLDER</c>, while the service runs: the database through SQLite's online backup, then the
/// attachment files that copy refers to (each verified against its SHA-256 name), then the data-protection keys,
/// then manifest.json. Attachment files are written before their row, so every file the copy refers to is on disk.
/// </summary>
public sealed class BackupWriter(DataPaths paths, TimeProvider clock, ILogger<BackupWriter> log)
{
    public async Task<CommandResult> WriteAsync(string target, CancellationToken ct)
    {
        target = Path.GetFullPath(target);
        if (!File.Exists(paths.Database))
            return CommandResult.Refused($"No database at {paths.Database} (Database:Path): nothing to back up.");
        if (!BackupFiles.IsEmptyOrMissing(target))
            return CommandResult.Refused($"{target} is not empty: a backup goes into a new or empty folder.");
        Directory.CreateDirectory(target);
        var databaseCopy = Path.Combine(target, BackupManifest.DatabaseFile);
        if (CopyDatabase(databaseCopy) is { } damaged)
            return damaged;

        IReadOnlyDictionary<string, long> rows;
        IReadOnlyList<string> referenced;
        using (var copy = BackupFiles.OpenReadOnly(databaseCopy))
        {
            rows = await BackupFiles.CountRowsAsync(copy, ct);
            referenced = await BackupFiles.ReferencedAttachmentsAsync(copy, ct);
        }

        long attachmentBytes = 0;
        var problems = new List<string>();
        foreach (var sha in referenced)
        {
            var source = BackupFiles.IsSha256(sha) ? BackupFiles.AttachmentPath(paths.Attachments, sha) : null;
            if (source is null || !File.Exists(source))
            {
                problems.Add($"{sha}: missing");
                continue;
            }

            var (copied, bytes) = await BackupFiles.CopyAsync(source, BackupFiles.AttachmentPath(Path.Combine(target, BackupManifest.AttachmentsFolder), sha), ct);
            attachmentBytes += bytes;
            if (copied != sha)
                problems.Add($"{sha}: content does not match its hash");
        }

        if (problems.Count > 0)
            return CommandResult.Refused($"Backup in {target} is incomplete (no manifest written): {problems.Count} attachment file(s) " +
                $"missing or damaged in {paths.Attachments}, e.g. {string.Join("; ", problems.Take(5))}.");

        var keys = new List<BackupKeyFile>();
        if (Directory.Exists(paths.Keys))
        {
            foreach (var key in Directory.EnumerateFiles(paths.Keys, "*.xml").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(key);
                keys.Add(new(name, (await BackupFiles.CopyAsync(key, Path.Combine(target, BackupManifest.KeysFolder, name), ct)).Sha256));
            }
        }

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, clock.GetUtcNow(), await BackupFiles.Sha256Async(databaseCopy, ct),
            new FileInfo(databaseCopy).Length, rows, referenced.Count, attachmentBytes, keys);
        var manifestPath = Path.Combine(target, BackupManifest.FileName);
        await File.WriteAllTextAsync(manifestPath + ".partial", JsonSerializer.Serialize(manifest, BackupManifest.Json), ct);
        File.Move(manifestPath + ".partial", manifestPath);

        log.LogInformation("Backup written to {Target}: {Documents} documents, {Attachments} attachment files, {Keys} keys",
            target, rows["Documents"], referenced.Count, keys.Count);
        return CommandResult.Ok($"Backup written to {target}: {rows["Documents"]} documents, {rows["AuditEntries"]} audit entries, " +
            $"{rows["Publications"]} publications, {referenced.Count} attachment files ({attachmentBytes} bytes), {keys.Count} data-protection keys." +
            (keys.Count == 0 ? $" No keys were found in {paths.Keys}: sign-ins will not survive a restore." : ""));
    }

    private CommandResult? CopyDatabase(string copyPath)
    {
        // One consistent snapshot under a read transaction while the service goes on writing (WAL); a file copy of a
        // live WAL database can miss commits still in the -wal file or catch a page half written.
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = paths.Database, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copyPath, Pooling = false }.ToString());
        source.Open();
        copy.Open();
        source.BackupDatabase(copy);
        // A self-contained file without -wal beside it; the service turns WAL on again when it starts on a restored copy.
        using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE;";
        command.ExecuteNonQuery();
        command.CommandText = "PRAGMA quick_check;";
        return command.ExecuteScalar() is "ok" ? null : CommandResult.Refused($"The copy in {copyPath} failed SQLite's quick_check; no manifest written.");
    }
}
