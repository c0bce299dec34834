using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Admin.Posts;

/// <summary>A new post: the key (never changed afterwards) and its titles; the rules are the API's (PostCatalogue).</summary>
public sealed class NewModel(PostCatalogue catalogue) : AdminPageModel
{
    [BindProperty]
    public PostInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Invalid();
        return await ChangeAsync(by => catalogue.CreateAsync(Input, by, ct), created => RedirectToPage("/Admin/Posts/Edit", new { key = created.Key, done = "created" }));
    }
}
