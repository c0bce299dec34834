using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Data;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>A new memo's ส่วนราชการ starts as the author's department writes it: prefilled on the page, and taken when the API create omits it; the organisation's own line for an author outside every department.</summary>
public abstract class IssuerPrefillTestsBase(WorkflowApp app)
{
    private const string ClerkOfficeLine = "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร ๐ ๔๔๔๗ ๑๒๓๔";

    /// <summary>The demo organisation's name, address and telephone, as DemoOrganisation sets them.</summary>
    private const string OrganisationLine = "เทศบาลตำบลโชคชัย ๑ ถนนเทศบาล ตำบลโชคชัย อำเภอโชคชัย จังหวัดนครราชสีมา ๓๐๑๙๐ โทร ๐ ๔๔๔๗ ๑๒๓๔";

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
    public async Task New_memo_page_prefills_the_organisations_own_line_when_the_author_has_no_department()
    {
        var author = await AuthorWithoutDepartmentAsync();
        var browser = await CookieSession.SignInAsync(app, author, AdminAccounts.Password);

        var page = await browser.GetStringAsync("/memos/new", Ct);

        Assert.Contains($"name=\"Input.Issuer\" value=\"{OrganisationLine}\"", page);
    }

    [Fact]
    public async Task Api_create_takes_the_organisations_own_line_when_the_author_has_no_department()
    {
        var author = await app.Api.SignInAsync(await AuthorWithoutDepartmentAsync(), AdminAccounts.Password);

        using var response = await author.PostAsJsonAsync("/api/documents",
            new { routeId = Demo.MemoRoute, subject = "ขอความเห็น", salutation = "นายกเทศมนตรี", body = "เพื่อโปรดพิจารณา" }, Ct);

        var doc = await ApiClient.ReadAsync<DocumentView>(response, HttpStatusCode.Created);
        Assert.Equal(OrganisationLine, doc.Issuer);
    }

    /// <summary>A legal officer outside every department, holding the post that starts memo-approval since 2020.</summary>
    private async Task<string> AuthorWithoutDepartmentAsync()
    {
        const string userName = "no-department";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null)
                return userName;
            var user = new AppUser { UserName = userName, DisplayName = "นายไร้ สังกัด", PersonalTitle = "นิติกรปฏิบัติการ" };
            Assert.True((await users.CreateAsync(user, AdminAccounts.Password)).Succeeded);
        }

        var admin = await Assignments.AdminAsync(app);
        await Assignments.CreateAsync(admin, Assignments.Request(userName, "legal-officer", from: "2020-01-01"));
        return userName;
    }
}

/// <summary>IssuerPrefillTests on SQLite (the default provider).</summary>
public sealed class IssuerPrefillTests(WorkflowApp app) : IssuerPrefillTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>IssuerPrefillTests on PostgreSQL (ADR 33).</summary>
public sealed class IssuerPrefillOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : IssuerPrefillTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
