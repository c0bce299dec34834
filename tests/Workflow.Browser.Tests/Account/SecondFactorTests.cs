using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Pages;
using Workflow.Browser.Tests.Security;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Account;

/// <summary>
/// The second factor in a real browser on a host where signers must have one (ADR 31): the set-up the sign-in sends
/// the mayor to, the code step of later sign-ins, a signature with a fresh code, and the published PDF.
/// </summary>
public sealed class SecondFactorTests(BrowserHost host, SignersHost signers) : IClassFixture<SignersHost>
{
    private const string CodeLabel = "รหัสจากแอปยืนยันตัวตน (6 หลัก) หรือรหัสสำรอง";

    private readonly List<string> _served = [];

    [Fact]
    public async Task Mayor_is_sent_to_the_set_up_then_signs_with_a_fresh_code_and_the_public_page_offers_the_pdf()
    {
        await using var mayor = await Officer.OpenAsync(host.Browser, signers.BaseUrl);
        await PasswordAsync(mayor, "mayor");
        await Expect(mayor.Page).ToHaveURLAsync(new Regex("/account/second-factor$"));
        await Expect(mayor.Page.GetByTestId("second-factor-required")).ToBeVisibleAsync();
        await mayor.Page.GotoAsync(mayor.Url("/"));
        await Expect(mayor.Page).ToHaveURLAsync(new Regex("/account/second-factor$"));
        await mayor.ScreenshotAsync("second-factor-set-up");
        var secret = await SetUpAsync(mayor);
        await mayor.ScreenshotAsync("second-factor-recovery-codes");
        var tag = Subjects.New("สองขั้นตอน");
        var id = await RouteToMayorAsync(tag);

        await SignOutAsync(mayor);
        signers.Advance(TimeSpan.FromMinutes(1));
        await PasswordAsync(mayor, "mayor");
        await Expect(mayor.Page).ToHaveURLAsync(new Regex("/account/login/code"));
        await CodeAsync(mayor, signers.CodeNow(secret));
        await Expect(mayor.Page.GetByTestId("user-name")).ToBeVisibleAsync();

        signers.Advance(TimeSpan.FromMinutes(6));
        await mayor.OpenMemoAsync(id);
        await mayor.Page.Locator("#note-sign").FillAsync("อนุมัติ");
        await mayor.Page.GetByTestId("sign-code").FillAsync(signers.CodeNow(secret));
        await mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงนามอนุมัติ" }).ClickAsync();
        await Expect(mayor.Page.GetByTestId("memo-status")).ToHaveTextAsync("ลงนามแล้ว");
        await Expect(mayor.Page.GetByTestId("second-factor")).ToHaveTextAsync("ยืนยันตัวตนสองขั้นตอนแล้ว");

        await DownloadPublishedPdfAsync(tag);
    }

    [Fact]
    public async Task A_wrong_sign_in_code_is_refused_and_a_recovery_code_works_once()
    {
        await using var director = await Officer.OpenAsync(host.Browser, signers.BaseUrl);
        await PasswordAsync(director, "director");
        await Expect(director.Page.GetByTestId("user-name")).ToBeVisibleAsync();
        await director.Page.GetByTestId("nav-second-factor").ClickAsync();
        var secret = await SetUpAsync(director);
        var recovery = await director.Page.GetByTestId("recovery-codes").Locator("code").AllInnerTextsAsync();
        await SignOutAsync(director);
        signers.Advance(TimeSpan.FromMinutes(1));

        await PasswordAsync(director, "director");
        var refused = await CodeAsync(director, signers.CodeNow(secret) == "000000" ? "111111" : "000000");
        Assert.Equal(403, refused.Status);
        await Expect(director.Page.GetByTestId("error")).ToHaveTextAsync("รหัสไม่ถูกต้อง หมดอายุ หรือใช้ไปแล้ว");
        await Expect(director.Page.GetByTestId("user-name")).ToHaveCountAsync(0);
        await AssertCleanAsync(director.Page, "sign-in code refused", await refused.TextAsync());
        await director.ScreenshotAsync("second-factor-code-refused");
        await director.Page.GotoAsync(director.Url("/"));
        await Expect(director.Page).ToHaveURLAsync(new Regex("/account/login"));

        await PasswordAsync(director, "director");
        await CodeAsync(director, recovery[0]);
        await Expect(director.Page.GetByTestId("user-name")).ToBeVisibleAsync();
        await SignOutAsync(director);
        await PasswordAsync(director, "director");
        Assert.Equal(403, (await CodeAsync(director, recovery[0])).Status);
        await CodeAsync(director, signers.CodeNow(secret));
        await Expect(director.Page.GetByTestId("user-name")).ToBeVisibleAsync();
        await NuCleanAsync();
    }

    private static async Task PasswordAsync(Officer officer, string userName)
    {
        await officer.Page.GotoAsync(officer.Url("/account/login"));
        await officer.Page.GetByLabel("ชื่อผู้ใช้").FillAsync(userName);
        await officer.Page.GetByLabel("รหัสผ่าน").FillAsync(BrowserHost.Password);
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
    }

    private static async Task<IResponse> CodeAsync(Officer officer, string code)
    {
        await officer.Page.GetByLabel(CodeLabel).FillAsync(code);
        return await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "ยืนยันและเข้าสู่ระบบ" }));
    }

    private static Task SignOutAsync(Officer officer) => officer.Page.GetByRole(AriaRole.Button, new() { Name = "ออกจากระบบ" }).ClickAsync();

    /// <summary>Reads the secret off the set-up page as a person types it into an app, confirms with its code; answers the secret.</summary>
    private async Task<string> SetUpAsync(Officer officer)
    {
        var secret = (await officer.Page.GetByTestId("second-factor-secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var served = await officer.Context.APIRequest.GetAsync(officer.Url("/account/second-factor"));
        await AssertCleanAsync(officer.Page, "set-up", await served.TextAsync());
        await officer.Page.GetByLabel("รหัส 6 หลักที่แอปแสดงอยู่").FillAsync(signers.CodeNow(secret));
        var confirmed = await officer.SubmitAsync(officer.Page.GetByRole(AriaRole.Button, new() { Name = "ยืนยัน", Exact = true }));
        Assert.Equal(200, confirmed.Status);
        await Expect(officer.Page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await AssertCleanAsync(officer.Page, "recovery codes", await confirmed.TextAsync());
        return secret;
    }

    /// <summary>axe-core on the page as shown, and its HTML kept for the Nu Html Checker at the end of the test.</summary>
    private async Task AssertCleanAsync(IPage page, string name, string html)
    {
        var axe = await page.RunAxe(AxeTests.Wcag21);
        Assert.True(axe.Violations.Length == 0, $"{name}: " + string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.SetViewportSizeAsync(390, 844);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.SetViewportSizeAsync(1280, 900);
        Assert.True(overflow <= 0, $"{name}: {overflow} px sideways scrolling at 390 px");
        var file = Path.Combine(Directory.CreateTempSubdirectory("second-factor-html-").FullName, Regex.Replace(name, "[^a-z]+", "-") + ".html");
        await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);
        _served.Add(file);
    }

    private async Task NuCleanAsync()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(NuHtmlChecker.RequireJar(), _served);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private async Task<Guid> RouteToMayorAsync(string tag)
    {
        using var legal = await XssApi.SignInAsync(signers.BaseUrl, "legal");
        var id = await legal.CreateDraftAsync(tag);
        await legal.UploadAsync(id);
        await legal.ActAsync(id, "submit");
        foreach (var user in new[] { "section", "office", "clerk" })
        {
            using var approver = await XssApi.SignInAsync(signers.BaseUrl, user);
            await approver.ActAsync(id, "endorse");
        }

        return id;
    }

    private async Task DownloadPublishedPdfAsync(string tag)
    {
        using var legal = await XssApi.SignInAsync(signers.BaseUrl, "legal");
        (Guid Id, string RegisterNumber)? published = null;
        await Eventually.TrueAsync(async () => (published = await legal.FindPublishedAsync(tag)) is not null,
            TimeSpan.FromSeconds(30), "the signed memo on the public site");
        await using var visitor = await Officer.OpenAsync(host.Browser, signers.BaseUrl);
        await visitor.Page.GotoAsync(visitor.Url($"/public/memos/{published!.Value.Id}"));
        var link = visitor.Page.GetByTestId("public-pdf");
        var download = await visitor.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var served = await visitor.Context.APIRequest.GetAsync(visitor.Url((await link.GetAttributeAsync("href"))!));

        Assert.Equal("application/pdf", served.Headers["content-type"]);
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(published.Value.RegisterNumber.Replace('/', '-'), download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await served.BodyAsync())[..5]));
    }
}
