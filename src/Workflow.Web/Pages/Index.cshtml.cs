using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages;

/// <summary>The inbox: what waits for my positions, the most urgent first, then the oldest; and the memos I wrote, with where each one is.</summary>
public sealed class IndexModel(MemoQueries queries) : MemoPageModel
{
    public IReadOnlyList<InboxItem> Inbox { get; private set; } = [];

    public IReadOnlyList<SubmissionItem> Mine { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        Inbox = await queries.InboxAsync(user, 200, ct);
        Mine = await queries.SubmissionsAsync(user, 50, ct);
        CanWrite = await Me.CanWriteAsync();
        return Page();
    }
}
