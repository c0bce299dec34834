using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Public;

namespace Workflow.Web.Pages.Public;

/// <summary>One published memo: the frozen snapshot taken at signing, with its whole chain and its hash.</summary>
public sealed class MemoModel(PublicSite site) : PageModel
{
    public PublicMemo? Published { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Published = await site.FindAsync(id, ct);
        if (Published is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
