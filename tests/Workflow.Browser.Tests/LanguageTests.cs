using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests;

public sealed class LanguageTests(BrowserHost host)
{
    [Fact]
    public async Task English_switch_translates_the_interface_but_the_memo_stays_the_official_thai_document()
    {
        var subject = Subjects.New("ขอรายงานผลการดำเนินงาน");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject, withPdf: false);
        await Expect(legal.Page.Locator("html")).ToHaveAttributeAsync("lang", "th");

        await legal.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(legal.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/memos/{id}"));
        await Expect(legal.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(legal.Page.GetByRole(AriaRole.Link, new() { Name = "Write a memo" })).ToBeVisibleAsync();
        await Expect(legal.Page.GetByTestId("user-position")).ToHaveTextAsync("Legal officer");
        await Expect(legal.Page.GetByTestId("memo-status")).ToHaveTextAsync("In route");
        await Expect(legal.Page.GetByRole(AriaRole.Heading, new() { Name = "History" })).ToBeVisibleAsync();
        await Expect(legal.Page.GetByTestId("memo-sheet")).ToContainTextAsync("บันทึกข้อความ");
        await Expect(legal.Page.GetByTestId("memo-date")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[๐-๙]+ [ก-๙]+ พ\\.ศ\\. [๐-๙]{4}$"));
        await legal.ScreenshotAsync("memo-english");

        await legal.Page.GotoAsync(legal.Url("/memos/new"));
        await legal.SubmitAsync(legal.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
        await Expect(legal.Page.Locator("#subject-error")).ToHaveTextAsync("Subject (เรื่อง) is required.");

        await legal.Page.GetByRole(AriaRole.Button, new() { Name = "ภาษาไทย" }).ClickAsync();
        await Expect(legal.Page.Locator("html")).ToHaveAttributeAsync("lang", "th");
        await Expect(legal.Page.GetByRole(AriaRole.Link, new() { Name = "เขียนบันทึกข้อความ" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Culture_in_the_query_string_shows_one_page_in_english_without_changing_the_choice()
    {
        await using var visitor = await Officer.OpenAsync(host);

        await visitor.Page.GotoAsync(visitor.Url("/account/login?culture=en"));
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await visitor.Page.GotoAsync(visitor.Url("/account/login"));
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "เข้าสู่ระบบ" })).ToBeVisibleAsync();
    }
}
