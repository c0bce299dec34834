using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration.People;

namespace Workflow.Web.Pages.Admin.People;

/// <summary>Add a person; the next step, on their page, is a temporary password.</summary>
public sealed class NewModel(Administration.People.People people) : PeoplePageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadDepartmentsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadDepartmentsAsync(ct);
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        if (!ModelState.IsValid)
            return Invalid();
        var created = await people.CreateAsync(Input, by, ct);
        return created.Succeeded
            ? RedirectToPage("/Admin/People/Person", new { id = created.Value.Id, done = "Created" })
            : Fail(created.Failure);
    }
}
