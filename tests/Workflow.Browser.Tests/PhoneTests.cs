using Microsoft.Playwright;
using Workflow.Browser.Tests.Pages;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests;

/// <summary>Approvers often act from a phone: 390×844, touch, no sideways scrolling.</summary>
public sealed class PhoneTests(BrowserHost host)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Approver_on_a_phone_finds_the_memo_in_the_inbox_reads_it_and_endorses_it()
    {
        var subject = Subjects.New("ขออนุญาตใช้อาคารอเนกประสงค์");
        await using (var legal = await Officer.SignInAsync(host, "legal"))
            await legal.WriteMemoAsync(subject);

        await using var section = await Officer.SignInAsync(host, "section", Phone, phone: true);
        var row = section.Page.GetByTestId("inbox").Locator("tr", new() { HasText = subject });
        await Expect(row).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(section.Page);
        await section.ScreenshotAsync("inbox-phone");

        await row.GetByRole(AriaRole.Link, new() { Name = subject }).TapAsync();
        await Expect(section.Page.GetByTestId("memo-subject")).ToHaveTextAsync(subject);
        await AssertFitsTheScreenAsync(section.Page);
        await section.ScreenshotAsync("memo-phone");
        var endorse = section.Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอ" });
        var box = await endorse.BoundingBoxAsync();
        Assert.True(box!.Height >= 44, $"The endorse button is {box.Height} px high: too small to tap.");
        await endorse.TapAsync();

        await Expect(section.Page.GetByTestId("notice")).ToHaveTextAsync("ลงความเห็นและเสนอต่อแล้ว");
        await AssertFitsTheScreenAsync(section.Page);
    }

    [Fact]
    public async Task Every_page_fits_a_390_px_phone_without_sideways_scrolling_in_thai_and_english()
    {
        _ = host.Browser;
        var tour = await PageTour.BuildAsync(host);
        var tooWide = new List<string>();

        foreach (var culture in PageTour.Cultures)
            await tour.VisitAsync(host, culture, async (stop, page, _) =>
            {
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                    tooWide.Add($"{stop.Name} ({culture}): {overflow} px too wide");
            }, Phone, phone: true);

        Assert.True(tooWide.Count == 0, string.Join("\n", tooWide));
    }

    private static async Task AssertFitsTheScreenAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the phone's screen.");
    }
}
