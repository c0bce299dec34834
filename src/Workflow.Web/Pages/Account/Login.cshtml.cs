using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using System.Security.Claims;
using Workflow.Web.Data;
using Workflow.Web.Features;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Account;

/// <summary>
/// Sign-in with the Identity cookie; the same password check, back-off and rate limits as the API's (ADR 9). A person
/// with a second factor gets the cookie only after the code (LoginCode, ADR 31).
/// </summary>
[SignInAttempt]
public sealed class LoginModel(PasswordSignIn passwords, SignInManager<AppUser> signIn) : MemoPageModel
{
    public sealed class LoginInput
    {
        [Display(Name = "Field.UserName")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [PlainText(ErrorMessage = "Validation.PlainText")]
        public string? UserName { get; set; }

        [Display(Name = "Field.Password")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(256, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Invalid();
        var checkedIn = await passwords.CheckAsync(Input.UserName!, Input.Password!, ClientAddress.Of(HttpContext));
        Input.Password = null;
        if (!checkedIn.Succeeded)
            return Fail(checkedIn.Failure);
        if (checkedIn.Value.TotpEnabledAt is not null)
        {
            // Identity's short-lived two-factor cookie remembers who gave the right password; nothing else is signed in yet.
            var pending = new ClaimsIdentity([new Claim(ClaimTypes.Name, checkedIn.Value.Id)], IdentityConstants.TwoFactorUserIdScheme);
            await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return RedirectToPage("/Account/LoginCode", new { ReturnUrl });
        }

        await signIn.SignInWithClaimsAsync(checkedIn.Value, isPersistent: false, [new Claim("amr", "pwd")]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
