using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Support;

/// <summary>What every signed-in page shares: the current person, and a refusal shown on the page with its HTTP status.</summary>
public abstract class MemoPageModel : PageModel
{
    /// <summary>The refusal to show above the content, already in the interface language.</summary>
    public string? ErrorMessage { get; private set; }

    protected PageUser Me => HttpContext.RequestServices.GetRequiredService<PageUser>();

    private DisplayText Show => HttpContext.RequestServices.GetRequiredService<DisplayText>();

    /// <summary>Shows the failure, next to its field when it names one, and answers with its status.</summary>
    protected IActionResult Fail(Failure failure)
    {
        ErrorMessage = Show.Failure(failure);
        if (failure.Errors is { } errors)
        {
            foreach (var (field, _) in errors)
                ModelState.AddModelError(FieldKey(field), ErrorMessage);
        }
        else if (failure.Field is { } field)
        {
            ModelState.AddModelError(FieldKey(field), ErrorMessage);
        }

        Response.StatusCode = failure.Status;
        if (failure.RetryAfter is { } wait)
            Response.Headers.RetryAfter = ProblemMapping.RetryAfterSeconds(wait);
        return Page();
    }

    /// <summary>Re-shows the form with the messages next to the fields.</summary>
    protected IActionResult Invalid()
    {
        ErrorMessage = Show.FailureCode("invalid");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Which form field a service's field name ("subject", "file", "note") belongs to.</summary>
    protected virtual string FieldKey(string field) => $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}";

    /// <summary>A cookie that outlived its account: start again at the sign-in page.</summary>
    protected IActionResult SignInAgain() => Challenge(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
}
