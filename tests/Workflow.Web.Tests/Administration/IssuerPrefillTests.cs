using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>A new memo's ส่วนราชการ starts as the author's department writes it: prefilled on the page, and taken when the API create omits it.</summary>
public sealed class IssuerPrefillTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private const string ClerkOfficeLine = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร ๐ ๔๔๔๗ ๑๒๓๔";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_memo_page_prefills_the_issuer_from_the_authors_department()
    {
        var browser = await CookieSession.SignInAsync(app, Demo.Finance);

        var page = await browser.GetStringAsync("/memos/new", Ct);

        Assert.Contains("name=\"Input.Issuer\" value=\"กองคลัง เทศบาลตำบลโชคชัย โทร ๐ ๔๔๔๗ ๑๒๓๔\"", page);
    }

    [Fact]
    public async Task Api_create_takes_the_departments_issuing_line_when_issuer_is_omitted()
    {
        var legal = await app.Api.LoginAsync(Demo.Legal);

        using var response = await legal.PostAsJsonAsync("/api/documents",
            new { routeId = Demo.MemoRoute, subject = "ขอความเห็น", salutation = "นายกเทศมนตรี", body = "เพื่อโปรดพิจารณา" }, Ct);

        var doc = await ApiClient.ReadAsync<DocumentView>(response, HttpStatusCode.Created);
        Assert.Equal(ClerkOfficeLine, doc.Issuer);
    }

    [Fact]
    public async Task Api_create_keeps_the_issuer_the_author_wrote()
    {
        var doc = await app.Api.CreateDraftAsync();

        Assert.Equal("สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร. ๐ ๔๔๒๘ ๑๒๓๔", doc.Issuer);
    }

    [Fact]
    public async Task Api_create_without_issuer_is_refused_naming_it_when_the_author_has_no_department()
    {
        var admin = await AdminAccounts.SignInAsync(app, "prefill-admin");

        using var response = await admin.PostAsJsonAsync("/api/documents",
            new { routeId = Demo.MemoRoute, subject = "ขอความเห็น", salutation = "นายกเทศมนตรี", body = "เพื่อโปรดพิจารณา" }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "issuer");
    }
}
