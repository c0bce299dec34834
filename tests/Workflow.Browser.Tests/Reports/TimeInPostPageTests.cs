using Microsoft.Playwright;
using Workflow.Browser.Tests.Security;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Reports;

/// <summary>The clerk opens "where the time goes" from the navigation: the SVG charts are drawn, on a desktop and on a 390 px phone.</summary>
public sealed class TimeInPostPageTests(BrowserHost host)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A memo the section head endorsed: at least one wait and one submission to chart.</summary>
    private async Task GivenAnEndorsedMemoAsync()
    {
        Guid id;
        using (var legal = await XssApi.SignInAsync(host, "legal"))
        {
            id = await legal.CreateDraftAsync(Subjects.New("ระยะเวลารอ"));
            await legal.ActAsync(id, "submit");
        }
        using var section = await XssApi.SignInAsync(host, "section");
        await section.ActAsync(id, "endorse");
    }

    [Fact]
    public async Task Clerk_opens_the_time_in_post_page_from_the_navigation_and_sees_the_charts()
    {
        await GivenAnEndorsedMemoAsync();
        await using var clerk = await Officer.SignInAsync(host, "clerk");

        await clerk.Page.GetByTestId("nav-time-in-post").ClickAsync();

        await Expect(clerk.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ระยะเวลาที่บันทึกข้อความรออยู่ในแต่ละตำแหน่ง");
        await Expect(clerk.Page.GetByRole(AriaRole.Img, new() { Name = "เวลารอในแต่ละตำแหน่ง" })).ToBeVisibleAsync();
        await Expect(clerk.Page.GetByTestId("chart-months").Locator("rect").First).ToBeVisibleAsync();
        Assert.True(await clerk.Page.GetByTestId("chart-waits").Locator("rect").CountAsync() > 2, "The waits chart has no bars.");
        await clerk.ScreenshotAsync("time-in-post");
    }

    [Fact]
    public async Task Time_in_post_page_fits_a_390_px_phone()
    {
        await GivenAnEndorsedMemoAsync();
        await using var clerk = await Officer.SignInAsync(host, "clerk", Phone, phone: true);

        await clerk.Page.GotoAsync(clerk.Url("/reports/time-in-post?days=365"));

        await Expect(clerk.Page.GetByTestId("chart-waits")).ToBeVisibleAsync();
        var overflow = await clerk.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow} px wider than the phone's screen.");
        await clerk.ScreenshotAsync("time-in-post-phone");
    }
}
