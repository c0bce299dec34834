using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.OpenApi;

/// <summary>What /openapi/v1.json promises for each existing operation: every answer its code can give, no more.</summary>
public sealed class OpenApiResponsesTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private const string Memo = "/api/documents/{id}";

    public static TheoryData<string, string, int[]> Operations => new()
    {
        { "POST", "/api/auth/login", [200, 400, 401, 403, 413, 415, 429, 503] },
        { "POST", "/api/auth/refresh", [200, 400, 401, 413, 415, 503] },
        { "POST", "/api/auth/logout", [204, 401, 503] },
        { "POST", "/api/auth/password", [200, 400, 401, 413, 415, 429, 503] },
        { "GET", "/api/me", [200, 401, 503] },
        { "GET", "/api/routes", [200, 401, 503] },
        { "POST", "/api/documents", [201, 400, 401, 403, 413, 415, 503] },
        { "PUT", Memo, [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "GET", Memo, [200, 401, 404, 503] },
        { "GET", Memo + "/audit/verify", [200, 401, 404, 503] },
        { "GET", Memo + "/messages", [200, 401, 404, 503] },
        { "GET", "/api/inbox", [200, 400, 401, 503] },
        { "GET", "/api/documents/mine", [200, 400, 401, 503] },
        { "POST", Memo + "/submit", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/endorse", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/return", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/refuse", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/withdraw", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/sign", [200, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "POST", Memo + "/attachments", [201, 400, 401, 403, 404, 409, 413, 415, 503] },
        { "DELETE", Memo + "/attachments/{attachmentId}", [200, 400, 401, 403, 404, 409, 503] },
        { "GET", Memo + "/attachments/{attachmentId}", [200, 401, 404, 503] },
        { "GET", "/api/admin/register", [200, 400, 401, 403, 503] },
        { "GET", "/api/admin/register/export.csv", [200, 400, 401, 403, 503] },
        { "GET", "/api/admin/register/export.xlsx", [200, 400, 401, 403, 503] },
        { "GET", "/api/admin/register/next", [200, 400, 401, 403, 503] },
        { "GET", "/api/reports/time-in-post", [200, 400, 401, 404] },
        { "GET", "/api/reports/time-in-post.csv", [200, 400, 401, 404] },
        { "PUT", "/api/admin/register/next", [200, 400, 401, 403, 409, 413, 415, 503] },
        { "GET", "/api/admin/holidays", [200, 401, 403, 503] },
        { "POST", "/api/admin/holidays", [201, 400, 401, 403, 409, 413, 415, 503] },
        { "DELETE", "/api/admin/holidays/{date}", [204, 400, 401, 403, 404, 503] },
        { "POST", "/api/admin/holidays/years", [201, 400, 401, 403, 409, 413, 415, 503] },
        { "DELETE", "/api/admin/holidays/years/{yearBe}", [204, 401, 403, 404, 409, 503] },
        { "GET", "/public/api/memos", [200, 400, 503] },
        { "GET", "/public/api/memos/{id}", [200, 404, 503] },
        { "GET", "/public/feed.atom", [200, 503] },
        { "GET", "/public/memos/{id}/attachments/{attachmentId}", [200, 404, 503] },
        { "GET", "/public/memos/{id}/memo.pdf", [200, 404, 503] },
        { "POST", "/public/api/verify", [200, 400, 413, 415, 503] },
        { "GET", "/health", [200, 503] },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_documents_every_answer_its_code_can_give(string method, string path, int[] statuses)
    {
        var operation = (await ApiDescription.ReadAsync(app))[method, path];

        Assert.Equal(statuses.Order(), operation.Responses.Keys.Order());
    }

    [Theory]
    [InlineData("GET", Memo + "/attachments/{attachmentId}", AttachmentStore.PdfContentType)]
    [InlineData("GET", "/public/memos/{id}/attachments/{attachmentId}", AttachmentStore.PdfContentType)]
    [InlineData("GET", "/public/memos/{id}/memo.pdf", AttachmentStore.PdfContentType)]
    [InlineData("GET", "/public/feed.atom", "application/atom+xml")]
    [InlineData("GET", "/api/admin/register/export.csv", RegisterCsv.ContentType)]
    [InlineData("GET", "/api/admin/register/export.xlsx", RegisterXlsx.ContentType)]
    [InlineData("GET", "/api/reports/time-in-post.csv", Workflow.Web.Reports.TimeInPostCsv.ContentType)]
    public async Task File_download_documents_its_media_type(string method, string path, string contentType)
    {
        var operation = (await ApiDescription.ReadAsync(app))[method, path];

        Assert.Equal([contentType], operation.Responses[200]);
    }

    [Theory]
    [InlineData("POST", "/api/auth/login", "Login")]
    [InlineData("POST", Memo + "/endorse", "EndorseDocument")]
    [InlineData("POST", Memo + "/attachments", "AddAttachment")]
    [InlineData("GET", "/api/admin/register/export.xlsx", "ExportRegisterXlsx")]
    [InlineData("GET", "/health", "GetHealth")]
    public async Task Operation_has_a_stable_name_for_scripts(string method, string path, string operationId)
    {
        var operation = (await ApiDescription.ReadAsync(app))[method, path];

        Assert.Equal(operationId, operation.Id);
    }

    [Fact]
    public async Task Attachment_upload_documents_its_multipart_form()
    {
        var operation = (await ApiDescription.ReadAsync(app))["POST", Memo + "/attachments"];

        Assert.Equal(["multipart/form-data"], operation.RequestTypes);
    }
}
