using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Publishing;

/// <summary>
/// At publication the signed memo becomes a sealed PDF, stored once with its SHA-256 in the publication record, and
/// linked from the public page, its JSON and the Atom feed (ADR 29).
/// </summary>
public abstract class SealedPdfPublicationTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publication_records_the_sealed_pdf_and_serves_exactly_the_bytes_it_hashed()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);

        var bytes = await PublishedPdf.DownloadAsync(app, publication);

        Assert.NotNull(publication.PdfSha256);
        Assert.Equal(publication.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(publication.PdfSize, bytes.Length);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.False(string.IsNullOrEmpty(publication.SealedBy));
        Assert.NotNull(publication.SealedAt);
        Assert.True(File.Exists(Path.Combine(app.PublicationsPath, publication.PdfSha256 + ".pdf")));
    }

    [Fact]
    public async Task Pdf_download_names_the_register_number_and_is_404_for_an_unknown_publication()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);
        using var client = app.Api.CreateClient();

        using var found = await client.GetAsync($"/public/memos/{publication.Id}/memo.pdf", Ct);
        using var missing = await client.GetAsync($"/public/memos/{Guid.NewGuid()}/memo.pdf", Ct);

        var name = found.Content.Headers.ContentDisposition?.FileNameStar ?? found.Content.Headers.ContentDisposition?.FileName;
        Assert.Contains(publication.RegisterNumber.Replace('/', '-'), name, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Json_feed_and_page_link_the_pdf_with_its_hash()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);
        using var client = app.Api.CreateClient();
        var url = $"/public/memos/{publication.Id}/memo.pdf";

        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/public/api/memos/{publication.Id}", Ct)).RootElement;
        var feed = await client.GetStringAsync("/public/feed.atom", Ct);
        var page = await client.GetStringAsync($"/public/memos/{publication.Id}", Ct);

        var pdf = json.GetProperty("pdf");
        Assert.Equal(url, pdf.GetProperty("url").GetString());
        Assert.Equal(publication.PdfSha256, pdf.GetProperty("sha256").GetString());
        Assert.Equal(publication.PdfSize, pdf.GetProperty("size").GetInt64());
        var enclosure = System.Xml.Linq.XDocument.Parse(feed).Descendants(System.Xml.Linq.XName.Get("link", "http://www.w3.org/2005/Atom"))
            .Single(l => (string?)l.Attribute("rel") == "enclosure" && ((string?)l.Attribute("href"))?.EndsWith(url, StringComparison.Ordinal) == true);
        Assert.Equal("application/pdf", (string?)enclosure.Attribute("type"));
        Assert.Equal(publication.PdfSize.ToString(), (string?)enclosure.Attribute("length"));
        Assert.Contains($"href=\"{url}\"", page, StringComparison.Ordinal);
        Assert.Contains(publication.PdfSha256!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_stays_one_with_one_pdf_when_delivered_again_and_at_the_same_time()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Workflow.Web.Public.DocumentPublisher>().PublishAsync(publication.DocumentId, "test redelivery", Ct);
        }));

        Assert.Equal(1, await app.ReadDbAsync(db => db.Publications.CountAsync(p => p.DocumentId == publication.DocumentId)));
        Assert.Equal(publication.PdfSha256, await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == publication.DocumentId).Select(p => p.PdfSha256).SingleAsync()));
        Assert.Equal(1, await app.ReadDbAsync(db => db.Outbox.CountAsync(o => o.DocumentId == publication.DocumentId && o.Type == nameof(Workflow.Contracts.DocumentPublished))));
        Assert.Equal(publication.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(await PublishedPdf.DownloadAsync(app, publication))));
    }

    [Fact]
    public async Task Three_first_deliveries_at_the_same_time_seal_one_pdf()
    {
        // A signed memo whose publication is not made yet: its publication, announcement and file are taken away.
        var earlier = await PublishedPdf.SignAndPublishAsync(app);
        var id = earlier.DocumentId;
        await app.ReadDbAsync(async db =>
        {
            await db.Outbox.Where(o => o.DocumentId == id && o.Type == nameof(Workflow.Contracts.DocumentPublished)).ExecuteDeleteAsync(Ct);
            return await db.Publications.Where(p => p.DocumentId == id).ExecuteDeleteAsync(Ct);
        });
        File.Delete(Path.Combine(app.PublicationsPath, earlier.PdfFile!));
        var before = Directory.GetFiles(app.PublicationsPath).ToHashSet();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Workflow.Web.Public.DocumentPublisher>().PublishAsync(id, "test delivery", Ct);
        }, Ct)));

        var publication = await app.ReadDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.DocumentId == id, Ct));
        var sealedNow = Directory.GetFiles(app.PublicationsPath).Where(f => !before.Contains(f)).Select(Path.GetFileName);
        Assert.Equal([publication.PdfFile], sealedNow);
        Assert.Equal(1, await app.ReadDbAsync(db => db.Outbox.CountAsync(o => o.DocumentId == id && o.Type == nameof(Workflow.Contracts.DocumentPublished), Ct)));
        Assert.Equal(publication.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(await PublishedPdf.DownloadAsync(app, publication))));
    }
}

/// <summary>SealedPdfPublicationTests on SQLite (the default provider).</summary>
public sealed class SealedPdfPublicationTests(WorkflowApp app) : SealedPdfPublicationTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>SealedPdfPublicationTests on PostgreSQL (ADR 33).</summary>
public sealed class SealedPdfPublicationOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : SealedPdfPublicationTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
