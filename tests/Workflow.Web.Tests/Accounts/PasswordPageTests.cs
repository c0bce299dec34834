using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>/account/password: the same rules as the API, messages next to the fields, a notice when it worked.</summary>
public abstract class PasswordPageTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string current, string next, string? confirm = null) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm ?? next,
    };

    [Fact]
    public async Task Layout_links_to_the_password_page_for_a_signed_in_user()
    {
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Legal);

        using var inbox = await browser.GetAsync("/");

        Assert.Contains("href=\"/account/password\"", await inbox.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_page_changes_the_password_and_keeps_this_browser_signed_in()
    {
        const string next = "ดอกกระเจียวบานที่ชัยภูมิ";
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Section);

        using var posted = await browser.PostFormAsync("/account/password", "/account/password", Form(Demo.Password, next));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/account/password?done=true", posted.Headers.Location?.OriginalString);
        using var done = await browser.GetAsync("/account/password?done=true");
        Assert.Contains("data-testid=\"password-changed\"", await done.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await browser.IsSignedInAsync());
        await CopiedBrowser.SignInAsync(app, Demo.Section, next);
    }

    [Theory]
    [InlineData("wrong-current-password", "ดอกกระเจียวบานที่ชัยภูมิ", null, "Input_CurrentPassword")]
    [InlineData(Demo.Password, "short", null, "Input_NewPassword")]
    [InlineData(Demo.Password, "ดอกกระเจียวบานที่ชัยภูมิ", "ดอกกระเจียวบานที่ชัยภูมิ!", "Input_ConfirmPassword")]
    public async Task Password_page_answers_400_with_the_message_next_to_the_field(string current, string next, string? confirm, string field)
    {
        var browser = await CopiedBrowser.SignInAsync(app, Demo.Mayor);

        using var posted = await browser.PostFormAsync("/account/password", "/account/password", Form(current, next, confirm));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var html = await posted.Content.ReadAsStringAsync(Ct);
        Assert.Matches($"<input[^>]*class=\"input-validation-error\"[^>]*id=\"{field}\"|<input[^>]*id=\"{field}\"[^>]*class=\"input-validation-error\"", html);
        await CopiedBrowser.SignInAsync(app, Demo.Mayor);
    }

    [Fact]
    public async Task Password_page_sends_an_anonymous_visitor_to_sign_in()
    {
        using var page = await app.Api.CreateClient().GetAsync("/account/password", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.AbsolutePath ?? page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

/// <summary>PasswordPageTests on SQLite (the default provider).</summary>
public sealed class PasswordPageTests(WorkflowApp app) : PasswordPageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PasswordPageTests on PostgreSQL (ADR 33).</summary>
public sealed class PasswordPageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PasswordPageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
