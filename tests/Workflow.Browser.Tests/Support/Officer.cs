using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Support;

/// <summary>A person at their own browser (own context, own cookies), doing what they would do with the mouse and keyboard.</summary>
public sealed partial class Officer(string baseUrl, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public IBrowserContext Context { get; } = context;

    public string Url(string path) => baseUrl + path;

    public static Task<Officer> OpenAsync(BrowserHost host, ViewportSize? viewport = null, bool phone = false) =>
        OpenAsync(host.Browser, host.BaseUrl, viewport, phone);

    /// <summary>A browser context on any site, e.g. the service behind its TLS proxy (self-signed certificate accepted).</summary>
    public static async Task<Officer> OpenAsync(IBrowser browser, string baseUrl, ViewportSize? viewport = null, bool phone = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            IgnoreHTTPSErrors = baseUrl.StartsWith("https:", StringComparison.Ordinal),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new Officer(baseUrl, context, page);
    }

    public static async Task<Officer> SignInAsync(BrowserHost host, string userName, ViewportSize? viewport = null, bool phone = false)
    {
        var officer = await OpenAsync(host, viewport, phone);
        await officer.SignInAsync(userName);
        return officer;
    }

    public async Task SignInAsync(string userName, string password = BrowserHost.Password)
    {
        if (!Page.Url.Contains("/account/login", StringComparison.Ordinal))
            await Page.GotoAsync(Url("/"));
        await Page.GetByLabel("ชื่อผู้ใช้").FillAsync(userName);
        await Page.GetByLabel("รหัสผ่าน").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
        await Expect(Page.GetByTestId("user-name")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Writes a memo in the form; returns its id (from the address of the memo page it lands on). Urgency and secrecy
    /// are the classes as the form lists them (ด่วนที่สุด, ลับ); none when left out.
    /// </summary>
    public async Task<Guid> WriteMemoAsync(string subject, string body = "ด้วยนิติกรได้จัดทำรายงานผลการตรวจสอบข้อเท็จจริงเสร็จแล้ว\n\nจึงเรียนมาเพื่อโปรดพิจารณา", bool submit = true, bool withPdf = true,
        string? urgency = null, string? secrecy = null)
    {
        await Page.GotoAsync(Url("/memos/new"));
        await Page.GetByLabel("ส่วนราชการ").FillAsync("สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย");
        await Page.GetByLabel("เรื่อง", new() { Exact = true }).FillAsync(subject);
        if (urgency is not null)
            await Page.GetByTestId("urgency").SelectOptionAsync(new SelectOptionValue { Label = urgency });
        if (secrecy is not null)
            await Page.GetByTestId("secrecy").SelectOptionAsync(new SelectOptionValue { Label = secrecy });
        await Page.GetByLabel("ข้อความ", new() { Exact = true }).FillAsync(body);
        if (withPdf)
            await Page.GetByLabel("ไฟล์แนบ (PDF)").SetInputFilesAsync(TestPdf.Payload("รายงานผลการตรวจสอบ.pdf"));
        await Page.GetByRole(AriaRole.Button, new() { Name = submit ? "ส่งเรื่อง" : "บันทึกร่าง" }).ClickAsync();
        await Expect(Page.GetByTestId("notice")).ToBeVisibleAsync();
        return MemoId(Page.Url);
    }

    /// <summary>Opens the memo from the inbox table, the way an approver finds it.</summary>
    public async Task OpenFromInboxAsync(string subject)
    {
        await Page.GotoAsync(Url("/"));
        var row = Page.GetByTestId("inbox").Locator("tr", new() { HasText = subject });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(Page.GetByTestId("memo-subject")).ToHaveTextAsync(subject);
    }

    /// <summary>Presses a submit button and answers the response to the form post (its status code).</summary>
    public Task<IResponse> SubmitAsync(ILocator button) =>
        Page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);

    /// <summary>
    /// The number on the bell in the navigation, as the inbox page shows it now. The bell caps its number at "99+";
    /// a test that counts on the bell first calls <see cref="ReadAllNotificationsAsync"/> (the demo users are shared).
    /// </summary>
    public async Task<int> BellCountAsync()
    {
        await Page.GotoAsync(Url("/"));
        var text = await Page.GetByTestId("notification-count").InnerTextAsync();
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new InvalidOperationException($"The bell shows \"{text}\", not a count: mark the notifications read before counting.");
    }

    /// <summary>
    /// Marks every notification read with the button on /notifications (when any is unread). The demo users are shared
    /// by tests running side by side, so a notification of another test's memo may arrive between the press and the
    /// page that follows it; then the button is pressed again, a few times at most.
    /// </summary>
    public async Task ReadAllNotificationsAsync()
    {
        const int presses = 5;
        var button = Page.GetByTestId("notifications-read-all");
        for (var press = 1; ; press++)
        {
            await Page.GotoAsync(Url("/notifications"));
            if (await button.CountAsync() == 0)
                return;
            await button.ClickAsync();
            try
            {
                await Expect(button).ToHaveCountAsync(0);
                return;
            }
            catch (PlaywrightException) when (press < presses)
            {
                // Something new arrived after the press: mark it too.
            }
        }
    }

    public Task OpenMemoAsync(Guid id) => Page.GotoAsync(Url($"/memos/{id}"));

    public async Task EndorseAsync(string? note = null)
    {
        if (note is not null)
            await Page.Locator("#note-endorse").FillAsync(note);
        await Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอ" }).ClickAsync();
        await Expect(Page.GetByTestId("notice")).ToHaveTextAsync("ลงความเห็นและเสนอต่อแล้ว");
    }

    /// <summary>Return, refuse or withdraw: open the disclosure, give the reason, press the button.</summary>
    public async Task ReasonedActionAsync(string button, string reason)
    {
        var details = Page.Locator("details", new() { Has = Page.Locator("summary", new() { HasText = button }) });
        await details.Locator("summary").ClickAsync();
        await details.Locator("textarea").FillAsync(reason);
        await details.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(BrowserHost.ScreenshotFolder);
        // A full-page screenshot of a long page can take many seconds on a loaded two-core machine.
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserHost.ScreenshotFolder, name + ".png"), FullPage = fullPage, Timeout = 60_000,
        });
    }

    public static Guid MemoId(string url) => Guid.Parse(MemoPath().Match(url).Groups[1].Value);

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    [GeneratedRegex(@"/memos/([0-9a-fA-F-]{36})")]
    private static partial Regex MemoPath();
}
