using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Publishing;

/// <summary>
/// The public verify check (POST /public/api/verify, the page's answer too): the genuine PDF and its SHA-256 are
/// recognised; a file changed by one byte is not; bad input gets a clear answer.
/// </summary>
public abstract class VerifyTestsBase(VerifyTestsBase.App app)
{
    public sealed class App : WorkflowApp
    {
        public const int MaxBytes = 512 * 1024;

        public App() => Settings["Publication:MaxVerifyBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Genuine_pdf_is_recognised_with_its_publication_and_an_intact_seal()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);
        var bytes = await PublishedPdf.DownloadAsync(app, publication);

        var (response, body) = await PublishedPdf.VerifyAsync(app, PublishedPdf.FileForm(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("genuine").GetBoolean(), body.ToString());
        Assert.Equal(publication.Id, body.GetProperty("publication").GetProperty("id").GetGuid());
        Assert.Equal(publication.RegisterNumber, body.GetProperty("publication").GetProperty("registerNumber").GetString());
        Assert.True(body.GetProperty("sealIntact").GetBoolean());
        Assert.True(body.GetProperty("coversWholeFile").GetBoolean());
        Assert.True(body.GetProperty("sealedByThisMunicipality").GetBoolean());
    }

    [Fact]
    public async Task Sha256_of_a_publication_is_recognised_in_either_case()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);

        var (response, body) = await PublishedPdf.VerifyAsync(app, new FormUrlEncodedContent(new Dictionary<string, string> { ["sha256"] = publication.PdfSha256!.ToUpperInvariant() }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("genuine").GetBoolean(), body.ToString());
        Assert.Equal(publication.Id, body.GetProperty("publication").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task File_changed_by_one_byte_is_not_genuine_and_its_seal_is_broken()
    {
        var publication = await PublishedPdf.SignAndPublishAsync(app);
        var bytes = await PublishedPdf.DownloadAsync(app, publication);
        // A byte of the page content, inside the sealed range (the signature's hex string sits near the end).
        bytes[bytes.Length / 3] ^= 0x01;

        var (response, body) = await PublishedPdf.VerifyAsync(app, PublishedPdf.FileForm(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("genuine").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("publication").ValueKind);
        Assert.True(body.GetProperty("sealed").GetBoolean());
        Assert.False(body.GetProperty("sealIntact").GetBoolean());
    }

    [Fact]
    public async Task Unknown_sha256_is_not_genuine()
    {
        var (response, body) = await PublishedPdf.VerifyAsync(app, new FormUrlEncodedContent(new Dictionary<string, string> { ["sha256"] = new string('a', 64) }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("genuine").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("publication").ValueKind);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_with_415_naming_the_file()
    {
        var (response, _) = await PublishedPdf.VerifyAsync(app, PublishedPdf.FileForm("GIF89a not a pdf"u8.ToArray()));

        await Problem.AssertFieldAsync(response, HttpStatusCode.UnsupportedMediaType, "file");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413()
    {
        var big = new byte[App.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(big);

        var (response, _) = await PublishedPdf.VerifyAsync(app, PublishedPdf.FileForm(big));

        await Problem.AssertFieldAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public async Task A_malformed_sha256_is_refused_with_400_naming_it(string sha)
    {
        var (response, _) = await PublishedPdf.VerifyAsync(app, new FormUrlEncodedContent(new Dictionary<string, string> { ["sha256"] = sha }));

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "sha256");
    }

    [Fact]
    public async Task A_request_without_a_form_is_refused_with_400()
    {
        var (response, _) = await PublishedPdf.VerifyAsync(app, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "file");
    }
}

/// <summary>VerifyTests on SQLite (the default provider).</summary>
public sealed class VerifyTests(VerifyTestsBase.App app) : VerifyTestsBase(app), IClassFixture<VerifyTestsBase.App>;

/// <summary>VerifyTests on PostgreSQL (ADR 33).</summary>
public sealed class VerifyOnPostgreSqlTests(OnPostgreSql<VerifyTestsBase.App> db) : VerifyTestsBase(db.App), IClassFixture<OnPostgreSql<VerifyTestsBase.App>>;
