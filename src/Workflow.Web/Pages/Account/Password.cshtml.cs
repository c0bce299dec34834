using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Features;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Account;

/// <summary>
/// Change my password: the same rules and back-off as the API's (PasswordChange). Every other session of the person
/// ends; this browser is signed in again with the new security stamp.
/// </summary>
[SignInAttempt]
public sealed class PasswordModel(PasswordChange change, SignInManager<AppUser> signIn) : MemoPageModel
{
    public sealed class PasswordInput
    {
        [Display(Name = "Field.CurrentPassword")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(PasswordChange.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        public string? CurrentPassword { get; set; }

        [Display(Name = "Field.NewPassword")]
        [Required(ErrorMessage = "Validation.Required"), StringLength(PasswordChange.MaxLength, ErrorMessage = "Validation.MaxLength")]
        [DataType(DataType.Password)]
        public string? NewPassword { get; set; }

        [Display(Name = "Field.ConfirmPassword")]
        [Required(ErrorMessage = "Validation.Required"), Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Done = false;
        if (!ModelState.IsValid)
            return Invalid();
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
            return SignInAgain();
        var failure = await change.ChangeAsync(user, Input.CurrentPassword!, Input.NewPassword!, ClientAddress.Of(HttpContext));
        Input = new PasswordInput();
        if (failure is not null)
            return Fail(failure);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { done = "true" });
    }
}
