using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Admin.Assignments;

/// <summary>One assignment: its details, ending it early, correcting its order, and its audited history.</summary>
public sealed class AssignmentModel(AssignmentDirectory directory, AssignmentAdmin admin) : AdminPageModel
{
    private string _form = nameof(End);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public AssignmentEndRequest End { get; set; } = new();

    [BindProperty]
    public AssignmentOrderRequest Order { get; set; } = new();

    public AssignmentHistory? Details { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
            return Fail(missing);
        End = new AssignmentEndRequest { To = Details!.Assignment.To ?? directory.Today, Version = Details.Assignment.Version };
        Order = new AssignmentOrderRequest { OrderNumber = Details.Assignment.OrderNumber, OrderDate = Details.Assignment.OrderDate, Version = Details.Assignment.Version };
        return Page();
    }

    public Task<IActionResult> OnPostEndAsync(CancellationToken ct) =>
        ChangeAsync(nameof(End), actor => admin.EndAsync(Id, End, actor, _ => true, ct), ct);

    public Task<IActionResult> OnPostOrderAsync(CancellationToken ct) =>
        ChangeAsync(nameof(Order), actor => admin.SetOrderAsync(Id, Order, actor, ct), ct);

    protected override string FieldKey(string field) => $"{_form}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private async Task<IActionResult> ChangeAsync(string form, Func<AdminActor, Task<Outcome<AssignmentView>>> change, CancellationToken ct)
    {
        _form = form;
        Saved = false;
        ModelState.Clear();
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        var changed = await change(by);
        if (changed.Succeeded)
            return RedirectToPage(new { id = Id, saved = true });
        await LoadAsync(ct);
        return Fail(changed.Failure);
    }

    private async Task<Failure?> LoadAsync(CancellationToken ct)
    {
        var found = await directory.GetAsync(Id, ct);
        Details = found.Value;
        return found.Failure;
    }
}
