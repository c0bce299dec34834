using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// The real host on its own SQLite file and attachments folder in a fresh temp folder, with the demo users;
/// one per test class (class fixture). The folder is deleted on dispose. With <see cref="Provider"/> PostgreSql
/// (<see cref="OnPostgreSql{TApp}"/>) the same host keeps its data in a database of its own on the shared test server
/// instead (<see cref="PostgresServer"/>), dropped on dispose; files and keys stay in the temp folder.
/// </summary>
public class WorkflowApp : WebApplicationFactory<Program>
{
    /// <summary>Small, so that the over-size upload test does not have to send 20 MB.</summary>
    public const long MaxAttachmentBytes = 64 * 1024;

    /// <summary>Opens /health's detail to a client that sends it (X-Health-Key), as a monitor would.</summary>
    public const string HealthKey = "test-health-key-0123456789";

    public WorkflowApp()
    {
        Root = Directory.CreateTempSubdirectory("workflow-web-tests-").FullName;
        Api = new ApiClient(this);
    }

    public string Root { get; }

    /// <summary>Where the host keeps its data; set before the host is first used.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    private string? _postgresConnectionString;

    private bool _ownsDatabase = true;

    /// <summary>This host's PostgreSQL database; made on first use, inside the test, so that a missing server skips that test.</summary>
    public string PostgresConnectionString => _postgresConnectionString ??= PostgresServer.CreateDatabase();

    /// <summary>Keeps this host's data in another host's database, as a second instance would (call before either host is used).</summary>
    public void ShareDatabaseOf(WorkflowApp first)
    {
        Settings["Database:Path"] = first.DatabasePath;
        if (first.Provider == DatabaseProvider.PostgreSql)
            UsePostgresDatabase(first.PostgresConnectionString);
    }

    /// <summary>Keeps this host's data in a PostgreSQL database made elsewhere, which it leaves in place on dispose.</summary>
    public void UsePostgresDatabase(string connectionString) =>
        (Provider, _postgresConnectionString, _ownsDatabase) = (DatabaseProvider.PostgreSql, connectionString, false);

    public string DatabasePath => Path.Combine(Root, "workflow.db");

    public string AttachmentsPath => Path.Combine(Root, "attachments");

    /// <summary>The sealed PDFs of the publications.</summary>
    public string PublicationsPath => Path.Combine(Root, "publications");

    /// <summary>Extra settings for a fresh factory (start-up tests); set before the host is first used.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public ApiClient Api { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Path", DatabasePath);
        if (Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("Database:ConnectionString", PostgresConnectionString);
        }

        builder.UseSetting("Storage:AttachmentsPath", AttachmentsPath);
        builder.UseSetting("Publication:PdfPath", PublicationsPath);
        // The key ring, and in Development the demo seal beside it, in the test's own folder.
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(Root, "keys"));
        builder.UseSetting("Storage:MaxAttachmentBytes", MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:SeedUsers", "true");
        builder.UseSetting("Health:Key", HealthKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        // Tests sign in (and fail) far more often than people do, all from one unknown address; Accounts/ sets real limits.
        builder.UseSetting("SignIn:PerAddressPermits", "1000000");
        builder.UseSetting("SignIn:GlobalPermits", "1000000");
        builder.UseSetting("SignIn:FreeFailures", "1000");
        // Most tests sign as the mayor with a password only; SecondFactor/ sets Signers back (ADR 31).
        builder.UseSetting("SecondFactor:RequiredFor", "None");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        // Every class seeds eight demo users at start-up; the production hash strength only costs CPU here.
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    /// <summary>A client that sees /health's detail.</summary>
    public HttpClient HealthClient()
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Health-Key", HealthKey);
        return client;
    }

    private const string PublishedType = nameof(Workflow.Contracts.DocumentPublished);

    /// <summary>Runs a query in its own scope, on a fresh DbContext of the running host.</summary>
    public async Task<T> ReadDbAsync<T>(Func<WorkflowDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        return await query(db);
    }

    /// <summary>
    /// Counts that any write would change: "nothing changed" compares two of these. Outbox rows count the document
    /// actions' events only: DocumentPublished is written by the publication consumer, at its own time.
    /// </summary>
    public Task<DatabaseCounts> CountsAsync() => ReadDbAsync(async db => new DatabaseCounts(
        await db.Documents.CountAsync(),
        await db.Documents.SumAsync(d => d.Version),
        await db.AuditEntries.CountAsync(),
        await db.Outbox.CountAsync(o => o.Type != PublishedType),
        await db.Attachments.CountAsync(),
        await db.RegisterCounters.SumAsync(c => c.Last)));

    /// <summary>The stored state of one document: version, status and how many audit entries and events it has.</summary>
    public Task<DocumentCounts> CountsAsync(Guid id) => ReadDbAsync(async db =>
    {
        var doc = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id);
        return new DocumentCounts(doc.Version, doc.Status.ToString(),
            await db.AuditEntries.CountAsync(a => a.DocumentId == id),
            await db.Outbox.CountAsync(o => o.DocumentId == id && o.Type != PublishedType),
            await db.Attachments.CountAsync(a => a.DocumentId == id));
    });

    /// <summary>Polls (bounded) until the condition holds; answers whether it did.</summary>
    public async Task<bool> EventuallyAsync(Func<WorkflowDbContext, Task<bool>> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (await ReadDbAsync(condition))
                return true;
            if (DateTime.UtcNow > until)
                return false;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_postgresConnectionString is not null && _ownsDatabase)
            await PostgresServer.DropDatabaseAsync(_postgresConnectionString);
        // The host's pooled connections keep the file open; release only this app's pool, not other classes'.
        using (var pooled = new SqliteConnection($"Data Source={DatabasePath};Pooling=True;Default Timeout=30"))
            SqliteConnection.ClearPool(pooled);
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind; the results stand.
        }
    }
}
