using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Engine;
using Workflow.Web.Administration;
using Workflow.Core.Routes;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;
using Workflow.Web.Routes;

namespace Workflow.Web.Pages.Memos;

/// <summary>Write a memo on a route my positions may start: save it as a draft, or submit it at once.</summary>
public sealed class NewModel(MemoDrafts drafts, MemoActions actions, RouteRegistry routes, PostTitles posts, DepartmentCatalog departments) : MemoPageModel
{
    [BindProperty]
    public MemoInput Input { get; set; } = new();

    public IReadOnlyList<RouteDefinition> Routes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        Routes = StartableBy(user);
        var first = Routes.FirstOrDefault();
        Input = new MemoInput
        {
            RouteId = first?.Id,
            // ส่วนราชการ starts as the author's department writes it; the author may still change it.
            Issuer = await departments.IssuingLineOfAsync(user.DepartmentKey, ct),
            Salutation = first is null ? null : posts.Of(first.LastStep.Position).MemoTitle,
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => WriteAsync(submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => WriteAsync(submit: true, ct);

    private async Task<IActionResult> WriteAsync(bool submit, CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        Routes = StartableBy(user);
        if (!ModelState.IsValid)
            return Invalid();

        var created = await drafts.CreateAsync(user, Input.RouteId, Input.ToFields(), Input.File, ct);
        if (!created.Succeeded)
            return Fail(created.Failure);
        var doc = created.Value;
        if (!submit)
            return RedirectToPage("/Memos/Memo", new { id = doc.Id, done = "Save" });

        var submitted = await actions.ActAsync(doc.Id, user, ActionKind.Submit, null, doc.Version, ct);
        return submitted.Succeeded
            ? RedirectToPage("/Memos/Memo", new { id = doc.Id, done = nameof(ActionKind.Submit) })
            : RedirectToPage("/Memos/Edit", new { id = doc.Id, problem = submitted.Failure.Code });
    }

    private List<RouteDefinition> StartableBy(CurrentUser user) =>
        routes.Catalog.Routes.Where(user.CanStart).ToList();
}
