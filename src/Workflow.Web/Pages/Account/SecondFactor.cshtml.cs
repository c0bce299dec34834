using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Pages.Support;
using Workflow.Web.SecondFactor;

namespace Workflow.Web.Pages.Account;

/// <summary>
/// Setting up an authenticator app in the browser, with the API's services (SecondFactorEnrolment): the QR code and
/// the secret, a first code to confirm, then the recovery codes once. The sign-in gate sends here whoever must have one.
/// </summary>
public sealed class SecondFactorModel(SecondFactorEnrolment enrolment, SecondFactorRequirement requirement, SignInManager<AppUser> signIn)
    : MemoPageModel
{
    public sealed class ConfirmInput
    {
        [Display(Name = "Field.FirstCode")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(20, ErrorMessage = "Validation.MaxLength")]
        public string? Code { get; set; }
    }

    [BindProperty]
    public ConfirmInput Input { get; set; } = new();

    /// <summary>The secret and QR code while not confirmed; null once set up.</summary>
    public TotpSetup? Setup { get; private set; }

    /// <summary>The recovery codes, only in the answer to the confirmation.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool MustSetUp { get; private set; }

    /// <summary>The Base32 secret in groups of four, as it is typed into an app that cannot scan.</summary>
    public string GroupedSecret => string.Join(' ', Setup!.Secret.Chunk(4).Select(c => new string(c)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await signIn.UserManager.GetUserAsync(User) is { } user ? await ShowAsync(user, ct) : SignInAgain();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
            return SignInAgain();
        if (!ModelState.IsValid)
            return await ShowAsync(user, ct, Invalid);
        var confirmed = await enrolment.ConfirmAsync(user, Input.Code, ClientAddress.Of(HttpContext), ct);
        Input.Code = null;
        if (!confirmed.Succeeded)
            return await ShowAsync(user, ct, () => Fail(confirmed.Failure));
        // A new cookie without the gate's claim; the codes are in this answer only, never cached.
        await signIn.RefreshSignInAsync(user);
        Response.Headers.CacheControl = "no-store";
        RecoveryCodes = confirmed.Value;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(AppUser user, CancellationToken ct, Func<IActionResult>? answer = null)
    {
        Response.Headers.CacheControl = "no-store";
        MustSetUp = user.TotpEnabledAt is null && await requirement.MustSetUpAsync(user, ct);
        if (user.TotpEnabledAt is null)
        {
            var setup = await enrolment.ResumeAsync(user, ct);
            Setup = setup.Succeeded ? setup.Value : null;
        }

        return answer is null ? Page() : answer();
    }
}
