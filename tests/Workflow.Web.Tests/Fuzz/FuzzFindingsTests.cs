using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>The requests the fuzzer shrank to when it found a 5xx, kept as plain tests so they stay fixed.</summary>
public abstract class FuzzFindingsTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? field)
    {
        var before = await app.CountsAsync();

        using var response = await send();

        if (field is null)
            await Problem.AssertAsync(response, status);
        else
            await Problem.AssertFieldAsync(response, status, field);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Action_answers_415_when_the_json_charset_is_unknown()
    {
        var id = await _api.MemoAtStepAsync(0);
        var client = await _api.LoginAsync(Demo.Section);
        var body = new ByteArrayContent("{\"note\":\"ok\"}"u8.ToArray());
        body.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=no-such-charset");

        await AssertRefusedAsync(() => client.PostAsync($"/api/documents/{id}/endorse", body, Ct), HttpStatusCode.UnsupportedMediaType, "body");
    }

    private async Task<HttpResponseMessage> UploadRawAsync(Guid id, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await _api.UploadAsync(Demo.Legal, id, content);
    }

    private static byte[] PdfPart(bool closed) => Encoding.UTF8.GetBytes(
        "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        + Encoding.ASCII.GetString(TestPdf.Small()) + (closed ? "\r\n--b0undary--\r\n" : "\r\n"));

    [Fact]
    public async Task Upload_answers_400_naming_file_when_the_multipart_body_has_no_closing_boundary()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRefusedAsync(() => UploadRawAsync(id, PdfPart(closed: false), "multipart/form-data; boundary=b0undary"), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Upload_answers_400_naming_file_when_the_content_type_has_no_boundary()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        await AssertRefusedAsync(() => UploadRawAsync(id, PdfPart(closed: true), "multipart/form-data"), HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task Upload_still_succeeds_when_the_same_multipart_body_is_well_formed()
    {
        var id = (await _api.CreateDraftAsync()).Id;

        using var response = await UploadRawAsync(id, PdfPart(closed: true), "multipart/form-data; boundary=b0undary");

        await ApiClient.ExpectAsync(response, HttpStatusCode.Created, "well-formed upload");
    }

    [Theory]
    [InlineData(21_474_838, 100)]
    [InlineData(int.MaxValue, 20)]
    public async Task Public_list_answers_an_empty_page_when_the_page_is_far_beyond_the_last(int page, int pageSize)
    {
        var id = await _api.MemoAtStepAsync(Demo.MemoSteps.Length - 1);
        await _api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)));

        var list = await _api.GetAsync<System.Text.Json.JsonElement>(Demo.Anonymous, $"/public/api/memos?page={page}&pageSize={pageSize}");

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.True(list.GetProperty("total").GetInt32() >= 1);
    }
}

/// <summary>FuzzFindingsTests on SQLite (the default provider).</summary>
public sealed class FuzzFindingsTests(WorkflowApp app) : FuzzFindingsTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>FuzzFindingsTests on PostgreSQL (ADR 33).</summary>
public sealed class FuzzFindingsOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : FuzzFindingsTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
