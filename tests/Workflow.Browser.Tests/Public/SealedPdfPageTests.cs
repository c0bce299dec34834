using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Security;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Public;

/// <summary>
/// A citizen downloads the sealed PDF from the public memo page, and checks it on the verify page: the file as
/// downloaded is genuine, the same file with one byte changed is not.
/// </summary>
public sealed class SealedPdfPageTests(BrowserHost host)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Visitor_downloads_the_sealed_pdf_and_the_verify_page_tells_it_from_a_changed_copy()
    {
        var (publicationId, registerNumber) = await PublishAsync(Subjects.New("เผยแพร่ฉบับ PDF"));
        await using var visitor = await Officer.OpenAsync(host);
        var folder = Directory.CreateTempSubdirectory("sealed-pdf-").FullName;

        await visitor.Page.GotoAsync(visitor.Url($"/public/memos/{publicationId}"));
        var link = visitor.Page.GetByTestId("public-pdf");
        var download = await visitor.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var genuine = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(genuine);
        var served = await visitor.Context.APIRequest.GetAsync(visitor.Url((await link.GetAttributeAsync("href"))!));

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains(registerNumber.Replace('/', '-'), download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal("application/pdf", served.Headers["content-type"]);
        var bytes = await File.ReadAllBytesAsync(genuine, TestContext.Current.CancellationToken);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        await SideBySideAsync(visitor, genuine);

        await VerifyAsync(visitor, genuine);
        await Expect(visitor.Page.GetByTestId("verify-verdict")).ToHaveTextAsync("เป็นเอกสารที่เผยแพร่จริง ตราประทับสมบูรณ์ ไม่มีการแก้ไขหลังประทับตรา");
        await Expect(visitor.Page.GetByTestId("verify-publication").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/public/memos/{publicationId}");
        await visitor.ScreenshotAsync("verify-genuine");
        var axe = await visitor.Page.RunAxe(Wcag21);
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        bytes[bytes.Length / 3] ^= 0x01;
        var changed = Path.Combine(folder, "changed.pdf");
        await File.WriteAllBytesAsync(changed, bytes, TestContext.Current.CancellationToken);
        await VerifyAsync(visitor, changed);
        await Expect(visitor.Page.GetByTestId("verify-verdict")).ToHaveTextAsync("ไม่ใช่เอกสารที่เผยแพร่ของหน่วยงานนี้ หรือไฟล์ถูกแก้ไขหลังประทับตรา");
        await Expect(visitor.Page.GetByTestId("verify-seal")).ToHaveTextAsync("ไม่สมบูรณ์: ไฟล์ถูกแก้ไขหลังประทับตรา");
        await visitor.ScreenshotAsync("verify-changed");
    }

    [Fact]
    public async Task Verify_page_answers_a_file_that_is_not_a_pdf_with_a_message_and_415()
    {
        await using var visitor = await Officer.OpenAsync(host);
        var path = Path.Combine(Directory.CreateTempSubdirectory("verify-").FullName, "picture.pdf");
        await File.WriteAllTextAsync(path, "GIF89a", TestContext.Current.CancellationToken);

        var response = await VerifyAsync(visitor, path);

        Assert.Equal(415, response.Status);
        await Expect(visitor.Page.GetByTestId("error")).ToHaveTextAsync("ไฟล์นี้ไม่ใช่ PDF");
    }

    /// <summary>The HTML sheet and each page of the PDF as PNG in the screenshot folder, for a person to compare.</summary>
    private static async Task SideBySideAsync(Officer visitor, string pdf)
    {
        Directory.CreateDirectory(BrowserHost.ScreenshotFolder);
        await visitor.Page.Locator(".memo-paper").ScreenshotAsync(new LocatorScreenshotOptions
        {
            Path = Path.Combine(BrowserHost.ScreenshotFolder, "public-memo-sheet-html.png"), Timeout = 60_000,
        });
        Workflow.Web.Tests.Pdf.Poppler.Run("pdftoppm", "-png", "-r", "80", pdf, Path.Combine(BrowserHost.ScreenshotFolder, "public-memo-sheet-pdf"));
        Assert.NotEmpty(Directory.GetFiles(BrowserHost.ScreenshotFolder, "public-memo-sheet-pdf-*.png"));
    }

    private static async Task<IResponse> VerifyAsync(Officer visitor, string file)
    {
        await visitor.Page.GotoAsync(visitor.Url("/public/verify"));
        await visitor.Page.GetByLabel("ไฟล์ PDF").SetInputFilesAsync(file);
        return await visitor.SubmitAsync(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "ตรวจสอบ" }));
    }

    private async Task<(Guid Id, string RegisterNumber)> PublishAsync(string tag)
    {
        using var legal = await XssApi.SignInAsync(host, "legal");
        var id = await legal.CreateDraftAsync(tag);
        await legal.UploadAsync(id);
        await legal.ActAsync(id, "submit");
        foreach (var user in new[] { "section", "office", "clerk" })
        {
            using var approver = await XssApi.SignInAsync(host, user);
            await approver.ActAsync(id, "endorse");
        }

        using (var mayor = await XssApi.SignInAsync(host, "mayor"))
            await mayor.ActAsync(id, "sign", "อนุมัติ");
        (Guid Id, string RegisterNumber)? published = null;
        await Eventually.TrueAsync(async () => (published = await legal.FindPublishedAsync(tag)) is not null,
            TimeSpan.FromSeconds(30), "the signed memo on the public site");
        return published!.Value;
    }
}
