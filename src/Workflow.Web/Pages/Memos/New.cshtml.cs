using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Engine;
using Workflow.Core.Routes;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;
using Workflow.Web.Routes;

namespace Workflow.Web.Pages.Memos;

/// <summary>Write a memo on a route my positions may start: save it as a draft, or submit it at once.</summary>
public sealed class NewModel(MemoDrafts drafts, MemoActions actions, RouteRegistry routes) : MemoPageModel
{
    [BindProperty]
    public MemoInput Input { get; set; } = new();

    public IReadOnlyList<RouteDefinition> Routes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await Me.GetAsync() is not { } user)
            return SignInAgain();
        Routes = StartableBy(user);
        var first = Routes.FirstOrDefault();
        Input = new MemoInput { RouteId = first?.Id, Salutation = first is null ? null : routes.Catalog.PositionOf(first.LastStep.Position).TitleTh };
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
        routes.Catalog.Routes.Where(r => r.CanBeStartedBy(user.PositionKeys)).ToList();
}
