using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

/// <summary>Text that looks like markup is text: refused at the door, and encoded when it got in some other way.</summary>
public sealed class MarkupTests(BrowserHost host)
{
    private const string Payload = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"><b>ตัวหนา</b>";

    [Fact]
    public async Task Subject_with_markup_is_refused_with_a_message_and_the_form_shows_it_back_as_text()
    {
        await using var legal = await Officer.SignInAsync(host, "legal");
        var dialogs = 0;
        legal.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await legal.Page.GotoAsync(legal.Url("/memos/new"));
        await legal.Page.GetByLabel("ส่วนราชการ").FillAsync("สำนักปลัดเทศบาล");
        await legal.Page.GetByLabel("เรื่อง", new() { Exact = true }).FillAsync(Payload);
        await legal.Page.GetByLabel("ข้อความ", new() { Exact = true }).FillAsync("ข้อความ <script>alert(1)</script>");

        var response = await legal.SubmitAsync(legal.Page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }));

        Assert.Equal(400, response.Status);
        await Expect(legal.Page.Locator("#subject-error")).ToContainTextAsync("เรื่อง ต้องเป็นข้อความธรรมดา");
        await Expect(legal.Page.Locator("#body-error")).ToContainTextAsync("ต้องเป็นข้อความธรรมดา");
        await Expect(legal.Page.GetByLabel("เรื่อง", new() { Exact = true })).ToHaveValueAsync(Payload);
        await AssertNothingRanAsync(legal.Page);
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task Markup_put_straight_into_the_database_is_shown_as_text_in_the_inbox_and_on_the_memo()
    {
        var marker = Subjects.New("จะถูกแทนที่ด้วยมาร์กอัป");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(marker, withPdf: false);
        var stored = $"{Payload} {marker}";
        await using (var db = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
        {
            await db.OpenAsync(TestContext.Current.CancellationToken);
            var update = db.CreateCommand();
            update.CommandText = "UPDATE Documents SET Subject = $subject WHERE Subject = $marker";
            update.Parameters.AddWithValue("$subject", stored);
            update.Parameters.AddWithValue("$marker", marker);
            Assert.Equal(1, await update.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        await using var section = await Officer.SignInAsync(host, "section");
        var row = section.Page.GetByTestId("inbox").Locator("tr", new() { HasText = marker });
        await Expect(row.Locator("td.subject")).ToHaveTextAsync(stored);
        await Expect(row.Locator("td.subject b, td.subject img, td.subject script")).ToHaveCountAsync(0);
        await AssertNothingRanAsync(section.Page);

        await section.OpenMemoAsync(id);
        await Expect(section.Page.GetByTestId("memo-subject")).ToHaveTextAsync(stored);
        await Expect(section.Page.Locator(".memo-sheet b, .memo-sheet img:not(.memo-emblem)")).ToHaveCountAsync(0);
        Assert.Equal(stored, await section.Page.TitleAsync() is var title ? title.Split(" · ")[0] : null);
        await AssertNothingRanAsync(section.Page);
    }

    private static async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
    }
}
