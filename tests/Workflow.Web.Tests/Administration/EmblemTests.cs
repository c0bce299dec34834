using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>The emblem: a PNG checked by content, served publicly with its SHA-256 as ETag, shown at the top left of the memo sheet.</summary>
public abstract class EmblemTestsBase(WorkflowApp app)
{
    private const string Url = "/api/admin/organisation/emblem";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "emblem-admin");

    private Task<(string? Sha, int Audit)> StateAsync() =>
        app.ReadDbAsync(async db => (await db.Organisations.Select(o => o.EmblemSha256).SingleAsync(), await db.AdminAudit.CountAsync()));

    private async Task<string> SignedMemoPageAsync()
    {
        var id = await app.Api.MemoAtStepAsync(0);
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);
        return await browser.GetStringAsync($"/memos/{id}", Ct);
    }

    [Fact]
    public async Task Emblem_is_served_with_its_hash_as_etag_and_shown_on_the_memo_sheet_when_set()
    {
        var admin = await AdminAsync();
        var png = TestPng.Make(64, 80);

        using var set = await admin.PutAsync(Url, TestPng.Form(png), Ct);

        await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "PUT emblem");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png));
        using var served = await app.Api.CreateClient().GetAsync("/organisation/emblem.png", Ct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal($"\"{sha}\"", served.Headers.ETag?.Tag);
        Assert.True(served.Headers.CacheControl?.Public);
        var page = await SignedMemoPageAsync();
        Assert.Contains($"<img class=\"memo-emblem\" src=\"/organisation/emblem.png?v={sha[..16]}\" alt=\"ตราสัญลักษณ์ เทศบาลตำบลโชคชัย\"", page);
    }

    [Fact]
    public async Task Emblem_answers_304_when_the_client_has_it()
    {
        var admin = await AdminAsync();
        using (var set = await admin.PutAsync(Url, TestPng.Form(TestPng.Make(20, 20)), Ct))
            await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "PUT emblem");
        var client = app.Api.CreateClient();
        using var first = await client.GetAsync("/organisation/emblem.png", Ct);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/organisation/emblem.png");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Removed_emblem_is_404_and_the_memo_sheet_shows_no_image()
    {
        var admin = await AdminAsync();
        using (var set = await admin.PutAsync(Url, TestPng.Form(TestPng.Make()), Ct))
            await ApiClient.ExpectAsync(set, HttpStatusCode.OK, "PUT emblem");

        using var removed = await admin.DeleteAsync(Url, Ct);

        await ApiClient.ExpectAsync(removed, HttpStatusCode.OK, "DELETE emblem");
        using var served = await app.Api.CreateClient().GetAsync("/organisation/emblem.png", Ct);
        await Problem.AssertAsync(served, HttpStatusCode.NotFound);
        Assert.DoesNotContain("memo-emblem", await SignedMemoPageAsync());
    }

    public static TheoryData<string, byte[], string, HttpStatusCode> BadFiles => new()
    {
        { "a PDF", TestPdf.Small(), "application/pdf", HttpStatusCode.UnsupportedMediaType },
        { "a PDF called .png", TestPdf.Small(), "image/png", HttpStatusCode.UnsupportedMediaType },
        { "a GIF", "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray(), "image/png", HttpStatusCode.UnsupportedMediaType },
        { "over 256 KB", [.. TestPng.Make(), .. new byte[256 * 1024]], "image/png", HttpStatusCode.RequestEntityTooLarge },
        { "2000 pixels wide", TestPng.Make(2000, 10), "image/png", HttpStatusCode.BadRequest },
        { "cut short", TestPng.Make()[..60], "image/png", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Emblem_that_is_not_an_acceptable_png_is_refused_naming_file_and_changes_nothing(string what, byte[] file, string type, HttpStatusCode status)
    {
        var admin = await AdminAsync();
        var before = await StateAsync();

        using var response = await admin.PutAsync(Url, TestPng.Form(file, type), Ct);

        await Problem.AssertFieldAsync(response, status, "file");
        Assert.True(before == await StateAsync(), what);
    }

    [Fact]
    public async Task Emblem_sent_as_json_is_refused_with_415()
    {
        var admin = await AdminAsync();

        using var response = await admin.PutAsync(Url, new StringContent("{}", new MediaTypeHeaderValue("application/json")), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.UnsupportedMediaType, "file");
    }
}

/// <summary>EmblemTests on SQLite (the default provider).</summary>
public sealed class EmblemTests(WorkflowApp app) : EmblemTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>EmblemTests on PostgreSQL (ADR 33).</summary>
public sealed class EmblemOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : EmblemTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
