using Microsoft.Playwright;
using Workflow.Browser.Tests.Security;
using Workflow.Browser.Tests.Support;

namespace Workflow.Browser.Tests.Pages;

/// <summary>
/// Every page of the interface in each of its states, with the user who sees it (null: signed out). Memos are put
/// in their states through the API, so the tour costs seconds, not a walk through the forms.
/// </summary>
public sealed record PageTour(IReadOnlyList<PageTour.Stop> Stops)
{
    public sealed record Stop(string Name, string? User, string Path);

    public static async Task<PageTour> BuildAsync(BrowserHost host)
    {
        var tag = Subjects.New("ตรวจหน้า");
        using var legal = await XssApi.SignInAsync(host, "legal");
        var draft = await legal.CreateDraftAsync(tag + " ร่าง");
        await legal.UploadAsync(draft);
        var inRoute = await SubmittedAsync(legal, tag + " เสนอ");
        var returned = await SubmittedAsync(legal, tag + " ส่งคืน");
        var atMayor = await SubmittedAsync(legal, tag + " รอลงนาม");
        var signedTag = tag + " ลงนาม";
        var signed = await SubmittedAsync(legal, signedTag);

        using (var section = await XssApi.SignInAsync(host, "section"))
        {
            await section.ActAsync(returned, "return", "โปรดแนบเอกสารเพิ่มเติม");
            await section.ActAsync(atMayor, "endorse");
            await section.ActAsync(signed, "endorse");
        }
        foreach (var (user, id) in new[] { ("office", atMayor), ("office", signed), ("clerk", atMayor), ("clerk", signed) })
        {
            using var approver = await XssApi.SignInAsync(host, user);
            await approver.ActAsync(id, "endorse");
        }
        using (var mayor = await XssApi.SignInAsync(host, "mayor"))
            await mayor.ActAsync(signed, "sign", "อนุญาต");
        (Guid Id, string RegisterNumber)? published = null;
        await Eventually.TrueAsync(async () => (published = await legal.FindPublishedAsync(signedTag)) is not null,
            TimeSpan.FromSeconds(20), "the signed memo on the public site");

        return new PageTour(
        [
            new("sign-in", null, "/account/login"),
            new("public-list", null, "/public"),
            new("public-search-empty", null, "/public?q=" + Uri.EscapeDataString("ไม่มีเรื่องนี้")),
            new("public-memo", null, $"/public/memos/{published!.Value.Id}"),
            new("public-memo-missing", null, $"/public/memos/{Guid.NewGuid()}"),
            new("inbox-author", "legal", "/"),
            new("new-memo", "legal", "/memos/new"),
            new("memo-draft", "legal", $"/memos/{draft}"),
            new("edit-draft", "legal", $"/memos/{draft}/edit"),
            new("memo-returned", "legal", $"/memos/{returned}"),
            new("edit-returned", "legal", $"/memos/{returned}/edit"),
            new("memo-signed", "legal", $"/memos/{signed}"),
            new("memo-missing", "legal", $"/memos/{Guid.NewGuid()}"),
            new("password", "legal", "/account/password"),
            new("sign-out", "legal", "/account/logout"),
            new("inbox-approver", "section", "/"),
            new("memo-to-endorse", "section", $"/memos/{inRoute}"),
            new("memo-to-sign", "mayor", $"/memos/{atMayor}"),
        ]);
    }

    public static readonly string[] Cultures = ["th-TH", "en"];

    /// <summary>Opens every stop in the culture, as its user (one browser context each), and hands over the page and the server's answer.</summary>
    public async Task VisitAsync(BrowserHost host, string culture, Func<Stop, IPage, IResponse, Task> check, ViewportSize? viewport = null, bool phone = false)
    {
        foreach (var group in Stops.GroupBy(s => s.User))
        {
            await using var officer = group.Key is null
                ? await Officer.OpenAsync(host, viewport, phone)
                : await Officer.SignInAsync(host, group.Key, viewport, phone);
            foreach (var stop in group)
            {
                var path = culture == Cultures[0] ? stop.Path : stop.Path + (stop.Path.Contains('?') ? '&' : '?') + "culture=" + culture;
                var response = await officer.Page.GotoAsync(officer.Url(path));
                Assert.NotNull(response);
                await check(stop, officer.Page, response);
            }
        }
    }

    private static async Task<Guid> SubmittedAsync(XssApi author, string subject)
    {
        var id = await author.CreateDraftAsync(subject);
        await author.UploadAsync(id);
        await author.ActAsync(id, "submit");
        return id;
    }
}
