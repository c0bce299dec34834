using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Public;

namespace Workflow.Web.Pages.Public;

/// <summary>The public list of published memos: search by subject or register number, newest first, in pages.</summary>
public sealed class IndexModel(PublicSite site) : PageModel
{
    public const int PageSize = 20;

    public PublicPage Results { get; private set; } = new([], 0, 1, PageSize, null);

    public int LastPage => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? q, int? page, CancellationToken ct)
    {
        q = q is { Length: > 200 } ? q[..200] : q;
        Results = await site.ListAsync(q, Math.Max(page ?? 1, 1), PageSize, ct);
    }
}
