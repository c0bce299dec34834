using Workflow.Web.Administration;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.Posts;

/// <summary>Every post with its titles, register right and the routes that name it.</summary>
public sealed class IndexModel(PostCatalogue catalogue) : MemoPageModel
{
    public IReadOnlyList<PostView> Posts { get; private set; } = [];

    /// <summary>The post just removed (after the redirect), to confirm it.</summary>
    public string? Deleted { get; private set; }

    public async Task OnGetAsync(string? deleted, CancellationToken ct)
    {
        Posts = await catalogue.ListAsync(ct);
        Deleted = deleted is not null && Posts.All(p => p.Key != deleted) ? deleted : null;
    }
}
