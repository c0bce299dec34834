using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

public sealed class ApprovalRouteTests(BrowserHost host)
{
    [Fact]
    public async Task Memo_travels_the_whole_route_from_the_legal_officer_to_the_mayor_signature()
    {
        var subject = $"ขออนุญาตเผยแพร่รายงานผลการสอบข้อเท็จจริง {Guid.NewGuid():N}"[..60];
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.WriteMemoAsync(subject);
        await Expect(legal.Page.GetByTestId("memo-status")).ToHaveTextAsync("อยู่ระหว่างเสนอ");
        await Expect(legal.Page.GetByTestId("memo-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^นม ๕๓๘๐๑/[๐-๙]+$"));
        var attachment = await legal.Page.GetByRole(AriaRole.Link, new() { Name = "รายงานผลการตรวจสอบ.pdf" }).GetAttributeAsync("href");
        Assert.Equal(TestPdf.Bytes, await (await legal.Context.APIRequest.GetAsync(legal.Url(attachment!))).BodyAsync());

        foreach (var (user, next) in new[] { ("section", "หัวหน้าสำนักปลัดเทศบาล"), ("office", "ปลัดเทศบาล"), ("clerk", "นายกเทศมนตรี") })
        {
            await using var approver = await Officer.SignInAsync(host, user);
            await Expect(approver.Page.GetByTestId("inbox-count")).Not.ToHaveTextAsync("0");
            if (user == "section")
                await approver.ScreenshotAsync("inbox");
            await approver.OpenFromInboxAsync(subject);
            await Expect(approver.Page.Locator("#note-endorse")).ToHaveValueAsync("เพื่อโปรดทราบ");
            await Expect(approver.Page.GetByText($"ข้อความเกษียณ (เรียน {next})")).ToBeVisibleAsync();
            await approver.EndorseAsync();
            await Expect(approver.Page.GetByTestId("memo-waiting")).ToContainTextAsync(next);
        }

        await using var mayor = await Officer.SignInAsync(host, "mayor");
        await mayor.OpenFromInboxAsync(subject);
        await Expect(mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอ" })).ToHaveCountAsync(0);
        await mayor.Page.Locator("#note-sign").FillAsync("อนุมัติ ให้เผยแพร่บนเว็บไซต์เทศบาล");
        await mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงนามอนุมัติ" }).ClickAsync();

        await Expect(mayor.Page.GetByTestId("memo-status")).ToHaveTextAsync("ลงนามแล้ว");
        var notes = mayor.Page.GetByTestId("marginal-note");
        await Expect(notes).ToHaveCountAsync(4);
        await Expect(notes.Nth(0)).ToContainTextAsync("เรียน หัวหน้าสำนักปลัดเทศบาล");
        await Expect(notes.Nth(0)).ToContainTextAsync("- เพื่อโปรดทราบ");
        await Expect(notes.Nth(0)).ToContainTextAsync("(นายสมชาย ทดสอบ)");
        await Expect(notes.Nth(0)).ToContainTextAsync(new System.Text.RegularExpressions.Regex("[๐-๙]+ [ก-๙]+ พ\\.ศ\\. [๐-๙]{4}"));
        await Expect(notes.Nth(3)).ToContainTextAsync("อนุมัติ ให้เผยแพร่บนเว็บไซต์เทศบาล");
        await Expect(notes.Nth(3)).ToContainTextAsync("นายกเทศมนตรี");
        await Expect(mayor.Page.GetByTestId("route-step").Filter(new() { HasText = "ดำเนินการแล้ว" })).ToHaveCountAsync(4);
        await Expect(mayor.Page.GetByTestId("audit")).ToContainTextAsync("ถูกต้องครบ 5 รายการ");
        await Expect(mayor.Page.GetByTestId("no-actions")).ToBeVisibleAsync();
        await mayor.ScreenshotAsync("memo-signed");
        await mayor.Page.SetViewportSizeAsync(794, 1123);
        await mayor.Page.EmulateMediaAsync(new() { Media = Media.Print });
        await mayor.ScreenshotAsync("memo-signed-print");
        await mayor.Page.PdfAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder, "memo-signed-a4.pdf"), PreferCSSPageSize = true });

        await legal.Page.GotoAsync(legal.Url("/"));
        var mine = legal.Page.GetByTestId("mine").Locator("tr", new() { HasText = subject });
        await Expect(mine).ToContainTextAsync("ลงนามแล้ว");
        await legal.ScreenshotAsync("inbox-author");

        await using var visitor = await Officer.OpenAsync(host);
        var listed = visitor.Page.GetByRole(AriaRole.Link, new() { Name = subject });
        await Eventually.TrueAsync(async () =>
        {
            await visitor.Page.GotoAsync(visitor.Url($"/public?q={Uri.EscapeDataString(subject)}"));
            return await listed.CountAsync() == 1;
        }, TimeSpan.FromSeconds(30), "the signed memo on the public site");
        await visitor.ScreenshotAsync("public-list");
        await listed.ClickAsync();
        await Expect(visitor.Page.GetByTestId("memo-subject")).ToHaveTextAsync(subject);
        var published = visitor.Page.GetByTestId("marginal-note");
        await Expect(published).ToHaveCountAsync(4);
        await Expect(published.Nth(1)).ToContainTextAsync("(นางวิไลวรรณ สาธิต)");
        await Expect(published.Nth(3)).ToContainTextAsync("อนุมัติ ให้เผยแพร่บนเว็บไซต์เทศบาล");
        await Expect(visitor.Page.GetByTestId("public-chain").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(visitor.Page.GetByTestId("snapshot-hash")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await Expect(visitor.Page.Locator("link[rel=alternate][type='application/atom+xml']")).ToHaveAttributeAsync("href", "/public/feed.atom");
        await Expect(visitor.Page.GetByTestId("user-name")).ToHaveCountAsync(0);
        await visitor.ScreenshotAsync("public-memo");
        var pdfHref = await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "รายงานผลการตรวจสอบ.pdf" }).GetAttributeAsync("href");
        var pdf = await visitor.Context.APIRequest.GetAsync(visitor.Url(pdfHref!));
        Assert.Equal(200, pdf.Status);
        Assert.Equal(TestPdf.Bytes, await pdf.BodyAsync());
    }
}
