using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

/// <summary>
/// An urgent (ด่วนที่สุด) secret (ลับ) memo through the whole route: red stamps on the sheet, first in each inbox, the
/// bell of each next approver counting it, and after the mayor's signature on no public page.
/// </summary>
public sealed class UrgentSecretMemoTests(BrowserHost host)
{
    private const string Red = "rgb(176, 0, 32)";

    private const string Waiting = "บันทึกข้อความรอท่านพิจารณา";

    private static readonly (string User, string Post)[] Approvers =
        [("section", "หัวหน้าฝ่ายปกครอง"), ("office", "หัวหน้าสำนักปลัดเทศบาล"), ("clerk", "ปลัดเทศบาล"), ("mayor", "นายกเทศมนตรี")];

    [Fact]
    public async Task Urgent_secret_memo_is_stamped_listed_first_counted_on_the_bell_and_never_published()
    {
        var ordinary = Subjects.New("ขอความเห็นชอบแผนการตรวจสอบภายใน");
        var secret = Subjects.New("ขออนุมัติสอบสวนข้อเท็จจริงเรื่องร้องเรียนเจ้าหน้าที่");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var older = await legal.WriteMemoAsync(ordinary);
        var officers = new List<Officer>();
        try
        {
            foreach (var (user, _) in Approvers)
                officers.Add(await Officer.SignInAsync(host, user));
            // The ordinary memo's own notification first, so that only the urgent one can move the bell next.
            await NotifiedAsync(officers[0], older, Waiting);
            await officers[0].ReadAllNotificationsAsync();
            var bell = await officers[0].BellCountAsync();
            var id = await legal.WriteMemoAsync(secret, urgency: "ด่วนที่สุด", secrecy: "ลับ");

            await StampedAsync(legal.Page);
            await legal.ScreenshotAsync("memo-urgent-secret");
            for (var step = 0; step < Approvers.Length; step++)
            {
                var approver = officers[step];
                await BellRisesAsync(approver, bell, Approvers[step].User);
                await Expect(await NotifiedAsync(approver, id, Waiting)).ToContainTextAsync("บันทึกข้อความชั้นความลับ");
                await FirstInInboxAsync(approver, secret, ordinary, step == 0);
                await approver.OpenFromInboxAsync(secret);
                await StampedAsync(approver.Page);
                if (step + 1 < Approvers.Length)
                {
                    await officers[step + 1].ReadAllNotificationsAsync();
                    bell = await officers[step + 1].BellCountAsync();
                    await approver.EndorseAsync();
                    await Expect(approver.Page.GetByTestId("memo-waiting")).ToContainTextAsync(Approvers[step + 1].Post);
                }
            }

            var mayor = officers[^1];
            await mayor.Page.Locator("#note-sign").FillAsync("อนุมัติ");
            await mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงนามอนุมัติ" }).ClickAsync();
            await Expect(mayor.Page.GetByTestId("memo-not-published")).ToBeVisibleAsync();
            // The author told of the signature: its event has been consumed, publication decided.
            await Expect(await NotifiedAsync(legal, id, "บันทึกข้อความลงนามแล้ว")).ToContainTextAsync("บันทึกข้อความชั้นความลับ");
            await NowherePublicAsync(id, secret);
        }
        finally
        {
            foreach (var officer in officers)
                await officer.DisposeAsync();
        }
    }

    /// <summary>Both stamps red and large above the heading (the secrecy class also at the foot of the sheet).</summary>
    private static async Task StampedAsync(IPage page)
    {
        var urgency = page.GetByTestId("stamp-urgency");
        var secrecy = page.GetByTestId("stamp-secrecy-top");
        await Expect(urgency).ToHaveTextAsync("ด่วนที่สุด");
        await Expect(secrecy).ToHaveTextAsync("ลับ");
        await Expect(page.GetByTestId("stamp-secrecy-bottom")).ToHaveTextAsync("ลับ");
        foreach (var stamp in new[] { urgency, secrecy })
        {
            await Expect(stamp).ToBeVisibleAsync();
            await Expect(stamp).ToHaveCSSAsync("color", Red);
            await Expect(stamp).ToHaveCSSAsync("font-weight", "700");
        }

        var heading = await page.Locator("#memo-heading").BoundingBoxAsync();
        Assert.True((await urgency.BoundingBoxAsync())!.Y < heading!.Y, "The urgency stamp stands above the heading.");
    }

    private static async Task BellRisesAsync(Officer approver, int before, string user) =>
        await Eventually.TrueAsync(async () => await approver.BellCountAsync() > before, TimeSpan.FromSeconds(30),
            $"the bell of {user} to count the memo that reached them (it showed {before})");

    private static async Task FirstInInboxAsync(Officer approver, string secret, string ordinary, bool screenshot)
    {
        await approver.Page.GotoAsync(approver.Url("/"));
        var rows = approver.Page.GetByTestId("inbox").Locator("tbody tr");
        var subjects = await rows.AllInnerTextsAsync();
        var urgent = subjects.ToList().FindIndex(r => r.Contains(secret, StringComparison.Ordinal));
        var older = subjects.ToList().FindIndex(r => r.Contains(ordinary, StringComparison.Ordinal));
        Assert.True(urgent >= 0, "The urgent secret memo is in the inbox.");
        Assert.True(older < 0 || urgent < older, "The urgent memo is listed above the older ordinary one.");
        var row = rows.Nth(urgent);
        await Expect(row.GetByTestId("urgency-badge")).ToHaveTextAsync("ด่วนที่สุด");
        await Expect(row.GetByTestId("secrecy-badge")).ToHaveTextAsync("ลับ");
        if (screenshot)
        {
            Assert.True(older > urgent, "The older ordinary memo waits in the first approver's inbox too.");
            await approver.ScreenshotAsync("inbox-urgent-secret");
        }
    }

    /// <summary>Waits for the person's notification of this kind about the memo on /notifications; answers its entry.</summary>
    private static async Task<ILocator> NotifiedAsync(Officer officer, Guid id, string kind)
    {
        var entry = officer.Page.GetByTestId("notifications").Locator("li", new() { HasText = kind })
            .Filter(new() { Has = officer.Page.Locator($"a[href='/memos/{id}']") });
        await Eventually.TrueAsync(async () =>
        {
            await officer.Page.GotoAsync(officer.Url("/notifications"));
            return await entry.CountAsync() == 1;
        }, TimeSpan.FromSeconds(30), $"the notification \"{kind}\" about {id}");
        return entry;
    }

    private async Task NowherePublicAsync(Guid id, string secret)
    {
        await using var visitor = await Officer.OpenAsync(host);
        await visitor.Page.GotoAsync(visitor.Url("/public"));
        await Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = secret })).ToHaveCountAsync(0);
        await Expect(visitor.Page.Locator($"a[href*='{id}']")).ToHaveCountAsync(0);
        await visitor.Page.GotoAsync(visitor.Url($"/public?q={Uri.EscapeDataString(secret)}"));
        await Expect(visitor.Page.GetByRole(AriaRole.Link, new() { Name = secret })).ToHaveCountAsync(0);
        var page = await visitor.Page.GotoAsync(visitor.Url($"/public/memos/{id}"));
        Assert.Equal(404, page!.Status);
        Assert.DoesNotContain(secret, await visitor.Page.ContentAsync(), StringComparison.Ordinal);
        var json = await visitor.Context.APIRequest.GetAsync(visitor.Url($"/public/api/memos/{id}"));
        Assert.Equal(404, json.Status);
        var feed = await visitor.Context.APIRequest.GetAsync(visitor.Url("/public/feed.atom"));
        Assert.Equal(200, feed.Status);
        var atom = await feed.TextAsync();
        Assert.DoesNotContain(id.ToString(), atom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(secret, atom, StringComparison.Ordinal);
    }
}
