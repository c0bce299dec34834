using Microsoft.AspNetCore.Hosting;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// One of several instances (<see cref="SharedPostgresApps"/>): its own temp folder for what is not shared, the
/// given PostgreSQL database (and so the key ring in it), and the given storage folder for attachments and PDFs,
/// as instances behind one proxy share a volume. The database outlives the host; the fixture drops it.
/// </summary>
public sealed class SharedDatabaseWorkflowApp(string connectionString, string storage) : WorkflowApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Storage:AttachmentsPath", Path.Combine(storage, "attachments"));
        builder.UseSetting("Publication:PdfPath", Path.Combine(storage, "publications"));
        // Sign-in failures count from the fourth, as in production, so a test can see them shared.
        builder.UseSetting("SignIn:FreeFailures", "3");
        builder.UseSetting("SignIn:FirstDelay", "00:01:00");
    }
}
