using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// The register page and /api/register: administrators, and holders (or acting holders) of a post given the right; to
/// any other signed-in person and to anonymous visitors the page does not exist (404). Setting the next number stays admin-only.
/// </summary>
public abstract class RegisterReaderTestsBase(WorkflowApp app)
{
    private const string AdminName = "register-reader-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int Year => app.Services.GetRequiredService<RegisterNumberAllocator>().YearOf(DateTimeOffset.UtcNow);

    /// <summary>The clerk's office (held by office, acted for by the deputy) may read the register; a memo is numbered.</summary>
    private async Task<string> GivenTheClerksOfficeMayReadAsync()
    {
        var admin = await AdminAccounts.SignInAsync(app, AdminName);
        var post = (await admin.GetFromJsonAsync<PostView>("/api/admin/posts/head-clerk-office", ApiClient.Json, Ct))!;
        if (!post.MayReadRegister)
        {
            using var response = await admin.PutAsJsonAsync("/api/admin/posts/head-clerk-office",
                new { post.TitleTh, post.TitleEn, post.MemoTitle, mayReadRegister = true, post.Version }, Ct);
            await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "give the register right");
        }

        var id = await app.Api.MemoAtStepAsync(0);
        return (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber!;
    }

    private async Task<HttpClient> BrowserAsync(string user)
    {
        if (user == Demo.Anonymous)
            return app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user != AdminName)
            return await CookieSession.SignInAsync(app, user);
        await AdminAccounts.SignInAsync(app, AdminName);
        return await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
    }

    private async Task<HttpClient> ApiAsync(string user) => user == AdminName ? await AdminAccounts.SignInAsync(app, AdminName) : await app.Api.LoginAsync(user);

    [Fact]
    public async Task Register_page_offers_the_year_as_an_excel_workbook_to_a_holder_of_the_right()
    {
        var number = await GivenTheClerksOfficeMayReadAsync();

        using var response = await (await BrowserAsync(Demo.Office)).GetAsync($"/register/export.xlsx?year={Year}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await response.Content.ReadAsStreamAsync(Ct));
        Assert.Contains(workbook.Worksheets.First().CellsUsed(), c => c.GetString() == number);
    }

    [Theory]
    [InlineData(AdminName)]
    [InlineData(Demo.Office)]
    [InlineData(Demo.Deputy)]
    public async Task Register_page_lists_the_numbered_memo_for_an_administrator_and_the_posts_given_the_right(string user)
    {
        var number = await GivenTheClerksOfficeMayReadAsync();
        var browser = await BrowserAsync(user);

        using var response = await browser.GetAsync($"/register?year={Year}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(number, html);
        Assert.Contains($"/register/export.csv?year={Year}", html);
        Assert.Contains("data-testid=\"nav-register\"", html);
    }

    [Theory]
    [InlineData(Demo.Mayor)]
    [InlineData(Demo.Legal)]
    [InlineData(Demo.Anonymous)]
    public async Task Register_page_and_its_csv_answer_404_to_anyone_else(string user)
    {
        await GivenTheClerksOfficeMayReadAsync();
        var browser = await BrowserAsync(user);

        using var page = await browser.GetAsync("/register", Ct);
        using var csv = await browser.GetAsync($"/register/export.csv?year={Year}", Ct);
        using var xlsx = await browser.GetAsync($"/register/export.xlsx?year={Year}", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, csv.StatusCode, xlsx.StatusCode));
    }

    [Fact]
    public async Task Navigation_has_no_register_link_for_a_post_holder_without_the_right()
    {
        await GivenTheClerksOfficeMayReadAsync();

        var inbox = await (await BrowserAsync(Demo.Mayor)).GetStringAsync("/", Ct);

        Assert.DoesNotContain("nav-register", inbox);
    }

    [Fact]
    public async Task Register_csv_page_downloads_the_year_for_a_holder_of_a_post_given_the_right()
    {
        var number = await GivenTheClerksOfficeMayReadAsync();

        using var response = await (await BrowserAsync(Demo.Office)).GetAsync($"/register/export.csv?year={Year}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains(number, System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData(AdminName)]
    [InlineData(Demo.Office)]
    [InlineData(Demo.Deputy)]
    public async Task Register_api_answers_the_book_and_the_csv_to_an_administrator_and_the_posts_given_the_right(string user)
    {
        var number = await GivenTheClerksOfficeMayReadAsync();
        var client = await ApiAsync(user);

        var book = await client.GetFromJsonAsync<RegisterPage>($"/api/register?year={Year}&q={Uri.EscapeDataString(number.Split('/')[^1])}", ApiClient.Json, Ct);
        using var csv = await client.GetAsync($"/api/register/export.csv?year={Year}", Ct);

        Assert.Contains(book!.Items, e => e.RegisterNumber == number);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains(number, await csv.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(Demo.Mayor, HttpStatusCode.NotFound)]
    [InlineData(Demo.Legal, HttpStatusCode.NotFound)]
    [InlineData(Demo.Anonymous, HttpStatusCode.Unauthorized)]
    public async Task Register_api_answers_404_to_a_post_holder_without_the_right_and_401_when_anonymous(string user, HttpStatusCode expected)
    {
        await GivenTheClerksOfficeMayReadAsync();
        var client = await app.Api.LoginAsync(user);

        using var book = await client.GetAsync($"/api/register?year={Year}", Ct);
        using var csv = await client.GetAsync($"/api/register/export.csv?year={Year}", Ct);

        await Problem.AssertAsync(book, expected);
        Assert.Equal(expected, csv.StatusCode);
    }

    [Fact]
    public async Task Setting_the_next_number_stays_refused_to_a_holder_of_a_post_given_the_right()
    {
        await GivenTheClerksOfficeMayReadAsync();

        using var response = await (await app.Api.LoginAsync(Demo.Office)).PutAsJsonAsync("/api/admin/register/next", new { year = Year, next = 900 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>RegisterReaderTests on SQLite (the default provider).</summary>
public sealed class RegisterReaderTests(WorkflowApp app) : RegisterReaderTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>RegisterReaderTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterReaderOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : RegisterReaderTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
