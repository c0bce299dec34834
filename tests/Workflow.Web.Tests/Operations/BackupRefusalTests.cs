using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Web.Operations;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Operations;

/// <summary>`backup` and `restore` refuse what would lose or mix data, and then change nothing.</summary>
public sealed class BackupRefusalTests(OperationsApp app) : IClassFixture<OperationsApp>, IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("workflow-backup-refusals-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>A backup of the app holding at least one memo with an attachment.</summary>
    private async Task<string> BackupAsync()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;
        using (var upload = await app.Api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(padding: 7), "รายงาน.pdf")))
            await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "upload");
        var folder = Path.Combine(_scratch, Guid.NewGuid().ToString("N"));
        var run = await ServiceBinary.RunInProcessAsync(app.Services, ["backup", "--to", folder]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return folder;
    }

    private DataPaths EmptyDataFolder()
    {
        var root = Path.Combine(_scratch, "data-" + Guid.NewGuid().ToString("N"));
        return new DataPaths(Path.Combine(root, "workflow.db"), Path.Combine(root, "attachments"), Path.Combine(root, "keys"));
    }

    private static bool NothingIn(DataPaths paths) =>
        !File.Exists(paths.Database) && BackupFiles.IsEmptyOrMissing(paths.Attachments) && BackupFiles.IsEmptyOrMissing(paths.Keys);

    [Fact]
    public async Task Backup_refuses_a_folder_that_is_not_empty()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_scratch, "occupied")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "keep me", Ct);

        var run = await ServiceBinary.RunInProcessAsync(app.Services, ["backup", "--to", folder]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not empty", run.Error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Restore_refuses_and_changes_nothing_when_the_data_folder_is_in_use()
    {
        var backup = await BackupAsync();
        var counts = await app.CountsAsync();

        var run = await ServiceBinary.RunInProcessAsync(app.Services, ["restore", "--from", backup]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty data folder", run.Error);
        Assert.Contains(app.DatabasePath, run.Error);
        Assert.Equal(counts, await app.CountsAsync());
    }

    [Fact]
    public async Task Restore_refuses_and_writes_nothing_when_an_attachment_in_the_backup_was_altered()
    {
        var backup = await BackupAsync();
        var file = Directory.EnumerateFiles(Path.Combine(backup, BackupManifest.AttachmentsFolder), "*", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(file, "%altered", Ct);
        var target = EmptyDataFolder();

        var result = await new BackupRestorer(target, NullLogger<BackupRestorer>.Instance).RestoreAsync(backup, Ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.GetFileName(file), result.Message);
        Assert.True(NothingIn(target));
    }

    [Fact]
    public async Task Restore_refuses_a_folder_without_a_manifest_as_an_interrupted_backup()
    {
        var backup = await BackupAsync();
        File.Delete(Path.Combine(backup, BackupManifest.FileName));
        var target = EmptyDataFolder();

        var result = await new BackupRestorer(target, NullLogger<BackupRestorer>.Instance).RestoreAsync(backup, Ct);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("interrupted", result.Message);
        Assert.True(NothingIn(target));
    }

    [Fact]
    public async Task Restore_writes_the_database_attachments_and_keys_the_manifest_lists_when_the_folder_is_empty()
    {
        var backup = await BackupAsync();
        var target = EmptyDataFolder();

        var result = await new BackupRestorer(target, NullLogger<BackupRestorer>.Instance).RestoreAsync(backup, Ct);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(await BackupFiles.Sha256Async(Path.Combine(backup, BackupManifest.DatabaseFile), Ct), await BackupFiles.Sha256Async(target.Database, Ct));
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(backup, "attachments"), "*", SearchOption.AllDirectories).Count(),
            Directory.EnumerateFiles(target.Attachments, "*", SearchOption.AllDirectories).Count());
        Assert.NotEmpty(Directory.EnumerateFiles(target.Keys, "*.xml"));
    }
}
