using Workflow.Core.Assignments;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Browser.Tests.Support;
using Workflow.Core.Engine;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Browser.Tests.Security;

/// <summary>
/// People of its own for the corpus run, one per post of memo-approval, so that their display names can carry the
/// payloads without touching the demo users other tests read; API sessions for them, and the viewers: the author,
/// the section head and an anonymous visitor, each with the CSP enforced and with it bypassed.
/// </summary>
public sealed class XssScene : IAsyncDisposable
{
    private static readonly (string Role, string Position)[] Posts =
    [
        ("author", "legal-officer"), ("section", "section-head-admin"), ("office", "head-clerk-office"),
        ("clerk", "municipal-clerk"), ("mayor", "mayor"),
    ];

    private readonly Dictionary<string, XssApi> _api = [];

    private XssScene(BrowserHost host) => Database = new XssDatabase(host.DatabasePath);

    public XssDatabase Database { get; }

    public List<string> UserIds { get; } = [];

    public List<XssViewer> Authors { get; } = [];

    public List<XssViewer> Sections { get; } = [];

    public List<XssViewer> Visitors { get; } = [];

    public XssApi this[string role] => _api[role];

    public static async Task<XssScene> StartAsync(BrowserHost host)
    {
        _ = host.Browser;
        var scene = new XssScene(host);
        var run = Guid.NewGuid().ToString("N")[..8];
        var names = new Dictionary<string, string>();
        await using (var scope = host.Service<IServiceScopeFactory>().CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            foreach (var (role, position) in Posts)
            {
                var user = new AppUser { UserName = $"xss-{role}-{run}", DisplayName = $"ผู้ทดสอบ {role}", Email = $"xss-{role}-{run}@test.invalid" };
                // The demo password, past the password rules, as the demo seed sets it (ADR 9).
                user.PasswordHash = users.PasswordHasher.HashPassword(user, BrowserHost.Password);
                var created = await users.CreateAsync(user);
                Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
                db.Assignments.Add(new PostAssignment { Id = Guid.NewGuid(), UserId = user.Id, Position = position, Kind = AssignmentKind.Holder, From = DemoUsers.Since });
                scene.UserIds.Add(user.Id);
                names[role] = user.UserName;
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        foreach (var (role, _) in Posts)
            scene._api[role] = await XssApi.SignInAsync(host, names[role]);
        foreach (var bypass in new[] { false, true })
        {
            scene.Authors.Add(await XssViewer.OpenAsync(host, "author", names["author"], bypass));
            scene.Sections.Add(await XssViewer.OpenAsync(host, "section head", names["section"], bypass));
            scene.Visitors.Add(await XssViewer.OpenAsync(host, "visitor", null, bypass));
        }

        return scene;
    }

    /// <summary>Two memos by the author carrying the texts in every stored field, with a PDF, submitted: (to be signed, to be returned).</summary>
    public async Task<(Guid Signed, Guid Returned)> SubmitTwoAsync(XssTexts texts)
    {
        await Database.SetDisplayNamesAsync(UserIds, texts.Name);
        var ids = new List<Guid>();
        foreach (var _ in new[] { "signed", "returned" })
        {
            var id = await this["author"].CreateDraftAsync(texts.Tag);
            await this["author"].UploadAsync(id);
            await Database.SetMemoTextAsync(id, texts);
            await Database.SetFileNamesAsync(id, texts.FileName);
            await this["author"].ActAsync(id, "submit");
            ids.Add(id);
        }

        return (ids[0], ids[1]);
    }

    /// <summary>
    /// One memo up the whole route and signed, the other returned; every audit note rewritten with the payload
    /// before the signature, since the publication snapshot is read from the database when DocumentSigned arrives.
    /// </summary>
    public async Task<(Guid Id, string RegisterNumber)> SignAndReturnAsync(XssTexts texts, Guid signed, Guid returned)
    {
        await this["section"].ActAsync(signed, "endorse", "เพื่อโปรดทราบ");
        await this["section"].ActAsync(returned, "return", "แก้ไขวันที่");
        await this["office"].ActAsync(signed, "endorse", "เห็นควรอนุญาต");
        await this["clerk"].ActAsync(signed, "endorse", "เพื่อโปรดพิจารณา");
        await Database.SetNotesAsync(signed, texts.Note);
        await Database.SetNotesAsync(returned, texts.Note);
        await this["mayor"].ActAsync(signed, "sign", "อนุมัติ");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (await this["author"].FindPublishedAsync(texts.Tag) is { } published)
                return published;
            Assert.True(DateTime.UtcNow < deadline, $"{texts.Tag} was not published within 30 s of the signature.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var viewer in Authors.Concat(Sections).Concat(Visitors))
            await viewer.DisposeAsync();
        foreach (var api in _api.Values)
            api.Dispose();
    }
}
