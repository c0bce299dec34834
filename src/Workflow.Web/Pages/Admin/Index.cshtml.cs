using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflow.Web.Pages.Admin;

/// <summary>The administration area's home: what to set up, in order.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
