using Microsoft.AspNetCore.Mvc;
using Workflow.Core.Assignments;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Account;

/// <summary>My delegations (ปฏิบัติราชการแทน): those I gave and received; give one of a post I hold; end one I gave.</summary>
public sealed class DelegationsModel(HolderDelegations delegations, AssignmentDirectory directory, AssignmentChoices choices) : MemoPageModel
{
    private string _form = nameof(Input);

    [BindProperty]
    public DelegationRequest Input { get; set; } = new();

    [BindProperty]
    public AssignmentEndRequest End { get; set; } = new();

    [BindProperty]
    public Guid? EndId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<AssignmentView> Given { get; private set; } = [];

    public IReadOnlyList<AssignmentView> Received { get; private set; } = [];

    /// <summary>The posts I hold or act for today: what I may delegate from today.</summary>
    public IReadOnlyList<string> MyPosts { get; private set; } = [];

    public AssignmentChoices Choices => choices;

    public DateOnly Today => directory.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null)
            return SignInAgain();
        Input = new DelegationRequest { From = Today, Position = MyPosts.FirstOrDefault() };
        return Page();
    }

    public async Task<IActionResult> OnPostGiveAsync(CancellationToken ct)
    {
        Saved = false;
        if (await LoadAsync(ct) is not { } me)
            return SignInAgain();
        // The service validates as for the API and names the field; attribute messages would be English only.
        ModelState.Clear();
        var given = await delegations.GiveAsync(me, Input, ct);
        return given.Succeeded ? RedirectToPage(new { saved = true }) : Fail(given.Failure);
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        _form = nameof(End);
        Saved = false;
        if (await LoadAsync(ct) is not { } me)
            return SignInAgain();
        ModelState.Clear();
        if (EndId is null)
            return Fail(Failure.NotFound("Assignment"));
        var ended = await delegations.EndAsync(me, EndId.Value, End, ct);
        return ended.Succeeded ? RedirectToPage(new { saved = true }) : Fail(ended.Failure);
    }

    protected override string FieldKey(string field) => $"{_form}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private async Task<CurrentUser?> LoadAsync(CancellationToken ct)
    {
        if (await Me.GetAsync() is not { } me)
            return null;
        await choices.LoadAsync(ct);
        (Given, Received) = await delegations.ListAsync(me, ct);
        MyPosts = [.. me.Assignments.Where(a => a.Kind != AssignmentKind.Delegated && a.Period.Contains(Today)).Select(a => a.Position).Distinct()];
        return me;
    }
}
