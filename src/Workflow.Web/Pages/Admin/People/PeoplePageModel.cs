using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.People;

/// <summary>What the people pages share: the departments a person may belong to.</summary>
public abstract class PeoplePageModel : AdminPageModel
{
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    protected async Task LoadDepartmentsAsync(CancellationToken ct)
    {
        var db = HttpContext.RequestServices.GetRequiredService<WorkflowDbContext>();
        var english = HttpContext.RequestServices.GetRequiredService<DisplayText>().English;
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Key).ToListAsync(ct);
        Departments = [.. departments.Select(d => new SelectListItem(english && d.NameEn.Length > 0 ? d.NameEn : d.NameTh, d.Key))];
    }
}
