using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests;

public sealed class AccessibilityTests(BrowserHost host)
{
    [Fact]
    public async Task Keyboard_user_meets_the_skip_link_first_and_can_sign_in_without_a_mouse()
    {
        await using var visitor = await Officer.OpenAsync(host);
        await visitor.Page.GotoAsync(visitor.Url("/account/login"));

        await visitor.Page.Keyboard.PressAsync("Tab");
        await Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = "ข้ามไปยังเนื้อหา" })).ToBeFocusedAsync();
        await visitor.Page.GetByLabel("ชื่อผู้ใช้").FocusAsync();
        await visitor.Page.Keyboard.TypeAsync("clerk");
        await visitor.Page.Keyboard.PressAsync("Tab");
        await Expect(visitor.Page.GetByLabel("รหัสผ่าน")).ToBeFocusedAsync();
        await visitor.Page.Keyboard.TypeAsync(BrowserHost.Password);
        await visitor.Page.Keyboard.PressAsync("Enter");

        await Expect(visitor.Page.GetByTestId("user-name")).ToHaveTextAsync("นายประเสริฐ ตัวอย่างดี");
    }

    [Fact]
    public async Task Every_field_of_the_memo_form_has_a_label_and_the_page_one_main_heading()
    {
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.Page.GotoAsync(legal.Url("/memos/new"));

        var unlabelled = await legal.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main input:not([type=hidden]), main select, main textarea')].filter(e => e.labels.length === 0).map(e => e.name)");
        Assert.Empty(unlabelled);
        await Expect(legal.Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(legal.Page.GetByRole(AriaRole.Navigation, new() { Name = "เมนูหลัก" })).ToBeVisibleAsync();
    }
}
