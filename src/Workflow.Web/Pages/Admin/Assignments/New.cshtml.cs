using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Assignments;
using Workflow.Web.Administration;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.Assignments;

/// <summary>Record a holding, an acting order or a delegation: the API's request and rules (AssignmentAdmin), messages by the fields.</summary>
public sealed class NewModel(AssignmentAdmin admin, AssignmentDirectory directory, AssignmentChoices choices) : AdminPageModel
{
    [BindProperty]
    public AssignmentRequest Input { get; set; } = new();

    public AssignmentChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await choices.LoadAsync(ct);
        Input = new AssignmentRequest { Kind = AssignmentKind.Holder, From = directory.Today };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await choices.LoadAsync(ct);
        // The service validates as for the API and names the field; attribute messages would be English only.
        ModelState.Clear();
        return await ChangeAsync(by => admin.CreateAsync(Input, by, ct),
            created => RedirectToPage("/Admin/Assignments/Assignment", new { id = created.Id, saved = true }));
    }
}
