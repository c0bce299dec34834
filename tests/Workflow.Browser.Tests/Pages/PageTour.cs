using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflow.Web.Administration;
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
        await SetEmblemAsync(host);
        using var legal = await XssApi.SignInAsync(host, "legal");
        var draft = await legal.CreateDraftAsync(tag + " ร่าง");
        await legal.UploadAsync(draft);
        var inRoute = await SubmittedAsync(legal, tag + " เสนอ");
        var returned = await SubmittedAsync(legal, tag + " ส่งคืน");
        var atMayor = await SubmittedAsync(legal, tag + " รอลงนาม");
        var signedTag = tag + " ลงนาม";
        var signed = await SubmittedAsync(legal, signedTag, "most-urgent");
        // Both stamps on the sheet (secrecy top and bottom, urgency above the heading), and a badge of each in the inboxes.
        var classified = await SubmittedAsync(legal, tag + " ลับมาก", "very-urgent", "secret");

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
        Guid delegation;
        using (var mayor = await XssApi.SignInAsync(host, "mayor"))
        {
            await mayor.ActAsync(signed, "sign", "อนุญาต");
            // Far in the future, so that it changes nobody's posts in the other tests.
            delegation = await mayor.DelegateAsync("clerk", "mayor", new DateOnly(2090, 1, 1), new DateOnly(2090, 1, 31));
        }
        (Guid Id, string RegisterNumber)? published = null;
        await Eventually.TrueAsync(async () => (published = await legal.FindPublishedAsync(signedTag)) is not null,
            TimeSpan.FromSeconds(20), "the signed memo on the public site");
        await GiveRegisterRightAsync(host, RegisterReaderPost);

        string legalId;
        using (var admin = await XssApi.SignInAsync(host, BrowserHost.Administrator))
        {
            var people = System.Text.Json.JsonDocument.Parse(await admin.GetTextAsync("/api/admin/people?q=legal")).RootElement;
            legalId = people.GetProperty("items").EnumerateArray().First(p => p.GetProperty("userName").GetString() == "legal").GetProperty("id").GetString()!;
        }

        return new PageTour(
        [
            new("sign-in", null, "/account/login"),
            new("public-list", null, "/public"),
            new("public-search-empty", null, "/public?q=" + Uri.EscapeDataString("ไม่มีเรื่องนี้")),
            new("public-memo", null, $"/public/memos/{published!.Value.Id}"),
            new("public-memo-missing", null, $"/public/memos/{Guid.NewGuid()}"),
            new("public-verify", null, "/public/verify"),
            new("inbox-author", "legal", "/"),
            new("new-memo", "legal", "/memos/new"),
            new("memo-draft", "legal", $"/memos/{draft}"),
            new("edit-draft", "legal", $"/memos/{draft}/edit"),
            new("memo-returned", "legal", $"/memos/{returned}"),
            new("edit-returned", "legal", $"/memos/{returned}/edit"),
            new("memo-signed", "legal", $"/memos/{signed}"),
            new("memo-classified-author", "legal", $"/memos/{classified}"),
            new("memo-missing", "legal", $"/memos/{Guid.NewGuid()}"),
            new("password", "legal", "/account/password"),
            // Not a signer, so not held by the gate: the set-up anyone may choose, with the QR code and the secret.
            new("second-factor-set-up", "finance", "/account/second-factor"),
            new("sign-out", "legal", "/account/logout"),
            new("inbox-approver", "section", "/"),
            new("memo-to-endorse", "section", $"/memos/{inRoute}"),
            new("memo-classified", "section", $"/memos/{classified}"),
            new("memo-to-sign", "mayor", $"/memos/{atMayor}"),
            new("admin-home", BrowserHost.Administrator, "/admin"),
            new("admin-audit", BrowserHost.Administrator, "/admin/audit"),
            new("admin-organisation", BrowserHost.Administrator, "/admin/organisation"),
            new("admin-departments", BrowserHost.Administrator, "/admin/departments"),
            new("admin-register", BrowserHost.Administrator, "/admin/register"),
            new("admin-holidays", BrowserHost.Administrator, "/admin/holidays"),
            new("admin-department", BrowserHost.Administrator, "/admin/departments/finance"),
            new("admin-assignments", BrowserHost.Administrator, "/admin/assignments"),
            new("admin-assignments-post-today", BrowserHost.Administrator, "/admin/assignments?position=head-clerk-office"),
            new("admin-assignment-new", BrowserHost.Administrator, "/admin/assignments/new"),
            new("admin-assignment", BrowserHost.Administrator, $"/admin/assignments/{delegation}"),
            new("delegations-given", "mayor", "/account/delegations"),
            new("delegations-received", "clerk", "/account/delegations"),
            new("notifications", "section", "/notifications"),
            new("notifications-none", "finance", "/notifications"),
            new("notification-settings", "legal", "/account/notifications"),
            new("admin-posts", BrowserHost.Administrator, "/admin/posts"),
            new("admin-post-new", BrowserHost.Administrator, "/admin/posts/new"),
            new("admin-post-edit", BrowserHost.Administrator, $"/admin/posts/{RegisterReaderPost}/edit"),
            new("register-admin", BrowserHost.Administrator, "/register"),
            new("register-reader", "office", "/register?q=" + Uri.EscapeDataString(tag)),
            new("time-in-post", "clerk", "/reports/time-in-post"),
            new("time-in-post-year", "mayor", "/reports/time-in-post?days=365"),
            new("people", BrowserHost.Administrator, "/admin/people"),
            new("people-search-empty", BrowserHost.Administrator, "/admin/people?q=" + Uri.EscapeDataString("ไม่มีผู้นี้")),
            new("person-new", BrowserHost.Administrator, "/admin/people/new"),
            new("person", BrowserHost.Administrator, $"/admin/people/{legalId}"),
            new("people-import", BrowserHost.Administrator, "/admin/people/import"),
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

    // A 1 × 1 PNG: the memo sheets and the profile page are checked with an emblem shown.
    private const string EmblemPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static async Task SetEmblemAsync(BrowserHost host)
    {
        await using var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope();
        var set = await scope.ServiceProvider.GetRequiredService<OrganisationSettings>()
            .SetEmblemAsync(Convert.FromBase64String(EmblemPng), AdminActor.System, TestContext.Current.CancellationToken);
        Assert.True(set.Succeeded);
    }

    /// <summary>The clerk's office reads the register (held by the demo user office), as a municipality would set it.</summary>
    private const string RegisterReaderPost = "head-clerk-office";

    // Through the administration API, as an administrator would; the tour is built by several tests, so only once.
    private static async Task GiveRegisterRightAsync(BrowserHost host, string key)
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = BrowserHost.Administrator, password = BrowserHost.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var post = await http.GetFromJsonAsync<JsonElement>($"/api/admin/posts/{key}");
        if (post.GetProperty("mayReadRegister").GetBoolean())
            return;
        using var put = await http.PutAsJsonAsync($"/api/admin/posts/{key}", new
        {
            titleTh = post.GetProperty("titleTh").GetString(),
            titleEn = post.GetProperty("titleEn").GetString(),
            memoTitle = post.GetProperty("memoTitle").GetString(),
            mayReadRegister = true,
            version = post.GetProperty("version").GetInt32(),
        });
        // Tours built side by side by two tests both give it: the one that loses the version race finds it given.
        var given = put.IsSuccessStatusCode
            || (put.StatusCode == System.Net.HttpStatusCode.Conflict
                && (await http.GetFromJsonAsync<JsonElement>($"/api/admin/posts/{key}")).GetProperty("mayReadRegister").GetBoolean());
        Assert.True(given, $"Giving {key} the register right: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
    }

    private static async Task<Guid> SubmittedAsync(XssApi author, string subject, string? urgency = null, string? secrecy = null)
    {
        var id = await author.CreateDraftAsync(subject, urgency, secrecy);
        await author.UploadAsync(id);
        await author.ActAsync(id, "submit");
        return id;
    }
}
