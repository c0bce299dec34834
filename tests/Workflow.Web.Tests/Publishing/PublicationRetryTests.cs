using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Publishing;

/// <summary>
/// A crash between rendering the PDF and storing it leaves no publication; the memo waits (shown in /health) and is
/// published once when tried again, whatever delivery comes first.
/// </summary>
public abstract class PublicationRetryTestsBase(PublicationRetryTestsBase.App app)
{
    public sealed class App : WorkflowApp
    {
        public App()
        {
            Settings["Publication:RetryInterval"] = "00:00:01";
            Settings["Publication:WaitingDegradedAfter"] = "00:00:01";
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Memo_whose_pdf_could_not_be_stored_waits_in_health_then_is_published_once()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        // The PDF folder replaced by a file: storing fails after rendering and sealing, as a crash or a full disk would.
        if (Directory.Exists(app.PublicationsPath))
            Directory.Delete(app.PublicationsPath, recursive: true);
        await File.WriteAllTextAsync(app.PublicationsPath, "not a folder", Ct);
        try
        {
            await app.Api.ActOkAsync(Mayor, id, "sign");
            Assert.True(await app.EventuallyAsync(db => db.Outbox.AllAsync(o => o.DocumentId != id || o.SentAt != null)), "The signature's event was not sent.");
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);

            Assert.False(await app.ReadDbAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)));
            var health = System.Text.Json.JsonDocument.Parse(await app.HealthClient().GetStringAsync("/health", Ct)).RootElement;
            var publications = health.GetProperty("checks").GetProperty("publications");
            Assert.Equal("Degraded", publications.GetProperty("status").GetString());
            Assert.Equal(1, publications.GetProperty("data").GetProperty("unsent").GetInt32());
        }
        finally
        {
            File.Delete(app.PublicationsPath);
            Directory.CreateDirectory(app.PublicationsPath);
        }

        await app.Services.GetRequiredService<PublicationRetry>().RetryAsync(Ct);

        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The waiting memo was not published.");
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        var publication = await app.ReadDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.DocumentId == id));
        Assert.True(File.Exists(Path.Combine(app.PublicationsPath, publication.PdfSha256 + ".pdf")));
        Assert.Equal(1, await app.ReadDbAsync(db => db.Outbox.CountAsync(o => o.DocumentId == id && o.Type == nameof(Workflow.Contracts.DocumentPublished))));
    }
}

/// <summary>PublicationRetryTests on SQLite (the default provider).</summary>
public sealed class PublicationRetryTests(PublicationRetryTestsBase.App app) : PublicationRetryTestsBase(app), IClassFixture<PublicationRetryTestsBase.App>;

/// <summary>PublicationRetryTests on PostgreSQL (ADR 33).</summary>
public sealed class PublicationRetryOnPostgreSqlTests(OnPostgreSql<PublicationRetryTestsBase.App> db) : PublicationRetryTestsBase(db.App), IClassFixture<OnPostgreSql<PublicationRetryTestsBase.App>>;
