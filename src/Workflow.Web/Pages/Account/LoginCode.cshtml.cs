using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Features;
using Workflow.Web.Pages.Support;
using Workflow.Web.SecondFactor;

namespace Workflow.Web.Pages.Account;

/// <summary>
/// The sign-in's second step for a person with a second factor: the code from the authenticator app, or a recovery
/// code, checked as the API's sign-in checks it (a wrong one counts toward the back-off); the identity cookie only then.
/// </summary>
[AllowAnonymous]
[SignInAttempt]
public sealed class LoginCodeModel(SecondFactorCheck check, SignInManager<AppUser> signIn) : MemoPageModel
{
    public sealed class CodeInput
    {
        [Display(Name = "Field.SignInCode")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(20, ErrorMessage = "Validation.MaxLength")]
        public string? Code { get; set; }
    }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // The password step expired (five minutes) or never happened: start again there.
        if (await PendingAsync() is not { } user)
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        if (!ModelState.IsValid)
            return Invalid();
        var refused = await check.AcceptAsync(user, Input.Code, ClientAddress.Of(HttpContext), ct);
        Input.Code = null;
        if (refused is not null)
            return Fail(refused);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd"), new Claim("amr", "otp")]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<AppUser?> PendingAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { IsActive: true, TotpEnabledAt: not null } user ? user : null;
}
