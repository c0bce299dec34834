using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Providers;

/// <summary>The service on PostgreSQL: migrated at start-up, a memo routed to publication, the register counted.</summary>
public sealed class PostgreSqlHostTests(PostgresWorkflowApp app) : IClassFixture<PostgresWorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Memo_is_signed_and_published_on_postgresql()
    {
        var api = app.Api;
        var id = (await api.CreateDraftAsync()).Id;
        using (var upload = await api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf")))
            await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "upload");
        await api.ActOkAsync(Demo.Legal, id, "submit");
        await api.ActOkAsync(Demo.Section, id, "endorse");
        await api.ActOkAsync(Demo.Office, id, "endorse");
        await api.ActOkAsync(Demo.Clerk, id, "endorse");
        await api.ActOkAsync(Demo.Mayor, id, "sign");

        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id), TimeSpan.FromSeconds(30)), "The signed memo was not published.");
        var doc = await api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("Signed", doc.Status);
        Assert.Matches(RegisterNumbers.Format(), doc.RegisterNumber);
        Assert.Equal(5, (await app.CountsAsync(id)).AuditEntries);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", await app.ReadDbAsync(db => Task.FromResult(db.Database.ProviderName)));
        Assert.Empty(await app.ReadDbAsync(db => db.Database.GetPendingMigrationsAsync(Ct)));
    }

    [Fact]
    public async Task Health_reports_the_database_on_postgresql()
    {
        using var response = await app.HealthClient().GetAsync("/health", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var database = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Contains("PostgreSQL", database.GetRawText());
    }

    [Theory]
    [InlineData("backup", "--to")]
    [InlineData("restore", "--from")]
    public async Task Backup_and_restore_commands_point_to_pg_dump_on_postgresql(string verb, string option)
    {
        var folder = Path.Combine(app.Root, "backup-" + verb);

        var run = await Workflow.Web.Tests.Operations.ServiceBinary.RunInProcessAsync(app.Services, [verb, option, folder]);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("pg_dump", run.ToString());
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any());
    }
}
