using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Account;

/// <summary>Sign-in with the Identity cookie; failed attempts count towards the lockout configured in Program.cs.</summary>
public sealed class LoginModel(PasswordSignIn signIn) : MemoPageModel
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
        if (await signIn.SignInAsync(Input.UserName!, Input.Password!, IdentityConstants.ApplicationScheme) is not { } failure)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        Input.Password = null;
        return Fail(failure);
    }
}
