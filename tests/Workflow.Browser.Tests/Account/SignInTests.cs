using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Account;

public sealed class SignInTests(BrowserHost host)
{
    [Fact]
    public async Task Signed_in_person_sees_their_name_position_and_inbox_count_and_can_sign_out()
    {
        await using var deputy = await Officer.SignInAsync(host, "deputy");

        await Expect(deputy.Page.GetByTestId("user-name")).ToHaveTextAsync("จ.อ.อนุชา รักษาการ");
        await Expect(deputy.Page.GetByTestId("user-position")).ToHaveTextAsync("รักษาราชการแทนหัวหน้าสำนักปลัดเทศบาล");
        await Expect(deputy.Page.GetByTestId("inbox-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        await Expect(deputy.Page.GetByRole(AriaRole.Heading, new() { Name = "งานเข้า", Level = 1 })).ToBeVisibleAsync();

        await deputy.Page.GetByRole(AriaRole.Button, new() { Name = "ออกจากระบบ" }).ClickAsync();
        await Expect(deputy.Page.GetByRole(AriaRole.Heading, new() { Name = "เข้าสู่ระบบ" })).ToBeVisibleAsync();
        await deputy.Page.GotoAsync(deputy.Url("/"));
        await Expect(deputy.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2F$"));
    }

    [Fact]
    public async Task Visitor_sent_to_sign_in_comes_back_to_the_page_they_asked_for()
    {
        await using var visitor = await Officer.OpenAsync(host);
        await visitor.Page.GotoAsync(visitor.Url("/memos/new"));

        await visitor.SignInAsync("legal");

        await Expect(visitor.Page).ToHaveURLAsync(visitor.Url("/memos/new"));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_repeated_failures_make_the_browser_wait()
    {
        await using var visitor = await Officer.OpenAsync(host);
        await visitor.Page.GotoAsync(visitor.Url("/account/login"));

        IResponse? last = null;
        for (var i = 0; i < 5; i++)
        {
            await visitor.Page.GetByLabel("ชื่อผู้ใช้").FillAsync("director");
            await visitor.Page.GetByLabel("รหัสผ่าน").FillAsync("not-the-password");
            last = await visitor.SubmitAsync(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }));
            if (i == 0)
            {
                Assert.Equal(401, last.Status);
                await Expect(visitor.Page.GetByTestId("error")).ToHaveTextAsync("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
            }
        }

        Assert.Equal(429, last!.Status);
        await Expect(visitor.Page.GetByTestId("error")).ToContainTextAsync("พยายามเข้าสู่ระบบหลายครั้งเกินไป");
        await visitor.Page.GetByLabel("ชื่อผู้ใช้").FillAsync("director");
        await visitor.Page.GetByLabel("รหัสผ่าน").FillAsync(BrowserHost.Password);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
        await Expect(visitor.Page.GetByTestId("error")).ToContainTextAsync("พยายามเข้าสู่ระบบหลายครั้งเกินไป");
        await Expect(visitor.Page.GetByTestId("user-name")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Empty_sign_in_form_shows_a_thai_message_next_to_each_field()
    {
        await using var visitor = await Officer.OpenAsync(host);
        await visitor.Page.GotoAsync(visitor.Url("/account/login"));

        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();

        await Expect(visitor.Page.Locator("#username-error")).ToHaveTextAsync("กรุณากรอกชื่อผู้ใช้");
        await Expect(visitor.Page.Locator("#password-error")).ToHaveTextAsync("กรุณากรอกรหัสผ่าน");
    }
}
