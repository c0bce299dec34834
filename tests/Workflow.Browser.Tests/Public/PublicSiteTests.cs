using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Public;

public sealed class PublicSiteTests(BrowserHost host)
{
    [Fact]
    public async Task Public_list_needs_no_sign_in_searches_and_links_the_atom_feed()
    {
        await using var visitor = await Officer.OpenAsync(host);

        var page = await visitor.Page.GotoAsync(visitor.Url("/public"));
        Assert.Equal(200, page!.Status);
        await Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "บันทึกข้อความที่เผยแพร่", Level = 1 })).ToBeVisibleAsync();
        await visitor.Page.GetByLabel("ค้นหาตามเรื่องหรือเลขที่").FillAsync("ไม่มีเรื่องนี้แน่นอน " + Guid.NewGuid());
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "ค้นหา" }).ClickAsync();
        await Expect(visitor.Page.GetByTestId("public-empty")).ToBeVisibleAsync();

        var feed = await visitor.Context.APIRequest.GetAsync(visitor.Url(
            (await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "ติดตามผ่าน Atom feed" }).GetAttributeAsync("href"))!));
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("application/atom+xml", feed.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_public_memo_answers_404_with_a_message()
    {
        await using var visitor = await Officer.OpenAsync(host);

        var page = await visitor.Page.GotoAsync(visitor.Url($"/public/memos/{Guid.NewGuid()}"));

        Assert.Equal(404, page!.Status);
        await Expect(visitor.Page.GetByTestId("error")).ToHaveTextAsync("ไม่พบบันทึกข้อความที่เผยแพร่นี้");
    }

    [Fact]
    public async Task Memo_not_yet_signed_is_not_on_the_public_site()
    {
        var subject = Subjects.New("เรื่องที่ยังไม่ลงนาม");
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.WriteMemoAsync(subject, withPdf: false);

        await legal.Page.GotoAsync(legal.Url($"/public?q={Uri.EscapeDataString(subject)}"));

        await Expect(legal.Page.GetByTestId("public-empty")).ToBeVisibleAsync();
    }
}
