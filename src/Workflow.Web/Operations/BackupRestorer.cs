using System.Text.Json;

namespace Workflow.Web.Operations;

/// <summary>
/// <c>restore --from FOLDER</c>: checks the whole backup against its manifest and hashes first, then writes the
/// database, attachments and keys where the configuration puts them. Only into empty places: restoring over live
/// data would mix two histories.
/// </summary>
public sealed class BackupRestorer(DataPaths paths, ILogger<BackupRestorer> log)
{
    public async Task<CommandResult> RestoreAsync(string source, CancellationToken ct)
    {
        source = Path.GetFullPath(source);
        var manifestPath = Path.Combine(source, BackupManifest.FileName);
        if (!File.Exists(manifestPath))
            return CommandResult.Refused($"No {BackupManifest.FileName} in {source}: not a backup, or one that was interrupted.");
        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct), BackupManifest.Json);
        if (manifest?.Format != BackupManifest.CurrentFormat)
            return CommandResult.Refused($"{manifestPath} is not a backup manifest this version reads (format {BackupManifest.CurrentFormat}).");

        var occupied = new[]
            {
                File.Exists(paths.Database) || File.Exists(paths.Database + "-wal") ? paths.Database : null,
                BackupFiles.IsEmptyOrMissing(paths.Attachments) ? null : paths.Attachments,
                BackupFiles.IsEmptyOrMissing(paths.Keys) ? null : paths.Keys,
            }.OfType<string>().ToList();
        if (occupied.Count > 0)
            return CommandResult.Refused($"A restore goes into an empty data folder; these are not empty: {string.Join(", ", occupied)}. Nothing was changed.");

        var database = Path.Combine(source, BackupManifest.DatabaseFile);
        var attachments = Path.Combine(source, BackupManifest.AttachmentsFolder);
        var (referenced, problems) = await VerifyAsync(manifest, database, attachments, source, ct);
        if (problems.Count > 0)
            return CommandResult.Refused($"The backup in {source} does not match its manifest; nothing was changed: {string.Join("; ", problems.Take(5))}.");

        await BackupFiles.CopyAsync(database, paths.Database, ct);
        foreach (var sha in referenced)
            await BackupFiles.CopyAsync(BackupFiles.AttachmentPath(attachments, sha), BackupFiles.AttachmentPath(paths.Attachments, sha), ct);
        Directory.CreateDirectory(paths.Keys);
        foreach (var key in manifest.Keys)
            await BackupFiles.CopyAsync(Path.Combine(source, BackupManifest.KeysFolder, key.Name), Path.Combine(paths.Keys, key.Name), ct);

        log.LogInformation("Backup of {CreatedAt} restored from {Source} into {Database}", manifest.CreatedAt, source, paths.Database);
        return CommandResult.Ok($"Backup of {manifest.CreatedAt:u} restored: {manifest.Rows.GetValueOrDefault("Documents")} documents into {paths.Database}, " +
            $"{referenced.Count} attachment files into {paths.Attachments}, {manifest.Keys.Count} keys into {paths.Keys}. Start the service.");
    }

    private static async Task<(IReadOnlyList<string> Referenced, List<string> Problems)> VerifyAsync(
        BackupManifest manifest, string database, string attachments, string source, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!File.Exists(database) || await BackupFiles.Sha256Async(database, ct) != manifest.DatabaseSha256)
            return ([], [$"{database} is missing or its SHA-256 differs"]);

        IReadOnlyList<string> referenced;
        using (var db = BackupFiles.OpenReadOnly(database))
            referenced = await BackupFiles.ReferencedAttachmentsAsync(db, ct);
        if (referenced.Count != manifest.AttachmentFiles)
            problems.Add($"the database refers to {referenced.Count} attachment files, the manifest lists {manifest.AttachmentFiles}");
        foreach (var sha in referenced)
        {
            var file = BackupFiles.IsSha256(sha) ? BackupFiles.AttachmentPath(attachments, sha) : null;
            if (file is null || !File.Exists(file) || await BackupFiles.Sha256Async(file, ct) != sha)
                problems.Add($"attachment {sha} is missing or damaged");
        }

        foreach (var key in manifest.Keys)
        {
            var file = Path.Combine(source, BackupManifest.KeysFolder, key.Name);
            if (Path.GetFileName(key.Name) != key.Name || !File.Exists(file) || await BackupFiles.Sha256Async(file, ct) != key.Sha256)
                problems.Add($"key {key.Name} is missing or damaged");
        }

        return (referenced, problems);
    }
}
