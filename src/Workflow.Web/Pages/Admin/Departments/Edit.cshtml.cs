using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Admin.Departments;

/// <summary>One department: change its names and issuing line, or delete it while nobody belongs to it; and its audited history.</summary>
public sealed class EditModel(DepartmentCatalog catalog, AdminAuditTrail trail) : AdminPageModel
{
    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    public DepartmentView? Department { get; private set; }

    public IReadOnlyList<AdminAuditView> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
            return NotFound();
        Input = DepartmentInput.From(Department!);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
            return NotFound();
        if (!ModelState.IsValid)
            return Invalid();
        Input.Key = key;
        return await ChangeAsync(by => catalog.UpdateAsync(key, Input, by, ct), _ => RedirectToPage("/Admin/Departments/Index", new { done = key }));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct))
            return NotFound();
        Input = DepartmentInput.From(Department!);
        return await ChangeAsync(by => catalog.DeleteAsync(key, Input.Version, by, ct), _ => RedirectToPage("/Admin/Departments/Index"));
    }

    private async Task<bool> LoadAsync(string key, CancellationToken ct)
    {
        Department = await catalog.FindAsync(key, ct);
        if (Department is not null)
            History = await trail.HistoryAsync(DepartmentCatalog.Subject, key, ct);
        return Department is not null;
    }
}
