using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Admin.Departments;

/// <summary>The departments with their issuing lines, and a form to add one (DepartmentCatalog, as the API).</summary>
public sealed class IndexModel(DepartmentCatalog catalog) : AdminPageModel
{
    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<DepartmentView> All { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => All = await catalog.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        All = await catalog.ListAsync(ct);
        if (!ModelState.IsValid)
            return Invalid();
        return await ChangeAsync(by => catalog.CreateAsync(Input, by, ct), created => RedirectToPage(new { done = created.Key }));
    }
}
