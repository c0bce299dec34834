using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// What the page-form fuzzer aims at: a memo in every state (with its current version), and a browser session
/// for the author, the approvers the memos wait for, the mayor they have not reached, and a visitor; each session
/// got its token by fetching a form page (new memo, memo page, inbox, sign-in).
/// </summary>
public sealed record PageFormTargets(MemosInEveryState Memos, IReadOnlyDictionary<Guid, int> Versions, IReadOnlyDictionary<string, PageFormSession> Sessions)
{
    public PageFormSession this[string user] => Sessions[user];

    public Guid Id(string state) => Memos[state];

    public static async Task<PageFormTargets> SeedAsync(WorkflowApp app, HttpClient client)
    {
        var memos = await MemosInEveryState.SeedAsync(app, "page-form");
        var versions = await app.ReadDbAsync(db => db.Documents.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Version));
        var sessions = new Dictionary<string, PageFormSession>
        {
            [Demo.Anonymous] = await PageFormSession.VisitAsync(client),
            [Demo.Legal] = await PageFormSession.SignInAsync(client, Demo.Legal, "/memos/new"),
            [Demo.Section] = await PageFormSession.SignInAsync(client, Demo.Section, $"/memos/{memos["in-route-0"]}"),
            [Demo.Clerk] = await PageFormSession.SignInAsync(client, Demo.Clerk, $"/memos/{memos["in-route-2"]}"),
            [Demo.Mayor] = await PageFormSession.SignInAsync(client, Demo.Mayor, "/"),
        };

        // The edit form (draft, returned memo) is fetched too: it must answer and carry its token.
        foreach (var page in new[] { $"/memos/{memos["draft"]}/edit", $"/memos/{memos["returned"]}/edit" })
            await PageFormSession.FormAsync(client, page, sessions[Demo.Legal].Cookies());
        return new PageFormTargets(memos, versions, sessions);
    }
}
