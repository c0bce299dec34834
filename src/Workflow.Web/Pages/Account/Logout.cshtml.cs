using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Pages.Account;

/// <summary>
/// Sign-out is a POST (with its anti-forgery token), so no link on another site can sign a person out. It ends every
/// session of the person, not only this browser's: a copied cookie must not outlive it (ADR 9).
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, AccountSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
            await sessions.EndAllAsync(user);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
