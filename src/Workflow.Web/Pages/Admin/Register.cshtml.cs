using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Features;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin;

/// <summary>
/// Continues a paper register in the browser: the next number of the current year, through the same service and
/// request as PUT /api/admin/register/next (only upward, never a number already given, audited).
/// </summary>
public sealed class RegisterModel(RegisterContinuation register, RegisterNumberAllocator numbers, TimeProvider clock) : MemoPageModel
{
    [BindProperty]
    public RegisterNextRequest Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Done { get; set; }

    public RegisterNext Current { get; private set; } = new(0, 1, 0, false);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await register.NextAsync(numbers.YearOf(clock.GetUtcNow()), ct);
        Input = new RegisterNextRequest { Year = Current.Year, Next = Current.Next };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Current = await register.NextAsync(numbers.YearOf(clock.GetUtcNow()), ct);
        if (!ModelState.IsValid)
            return Invalid();
        if (await Me.GetAsync() is not { } by)
            return SignInAgain();
        var set = await register.SetNextAsync(Input.Year!.Value, Input.Next!.Value, by, ct);
        return set.Succeeded ? RedirectToPage(new { done = set.Value.Next }) : Fail(set.Failure);
    }
}
