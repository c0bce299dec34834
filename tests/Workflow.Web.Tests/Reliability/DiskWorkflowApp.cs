using Microsoft.Data.Sqlite;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Reliability;

/// <summary>The host with its SQLite file and attachments on the given (small, test-owned) disk.</summary>
public sealed class DiskWorkflowApp : WorkflowApp
{
    private readonly string _databasePath;

    public DiskWorkflowApp(TmpfsDisk disk)
    {
        _databasePath = System.IO.Path.Combine(disk.Path, "workflow.db");
        Settings["Database:Path"] = _databasePath;
        Settings["Storage:AttachmentsPath"] = System.IO.Path.Combine(disk.Path, "attachments");
    }

    /// <summary>Closes the host's idle pooled connections, so that no file on the disk stays open for writing.</summary>
    public void CloseIdleConnections()
    {
        using var pooled = new SqliteConnection($"Data Source={_databasePath};Pooling=True;Default Timeout=30");
        SqliteConnection.ClearPool(pooled);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        CloseIdleConnections();
    }
}
