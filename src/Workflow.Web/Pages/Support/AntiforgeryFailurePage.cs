using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Workflow.Web.Pages.Support;

/// <summary>A form posted without a valid anti-forgery token gets 400 with a page that says why, not a bare status line.</summary>
public sealed class AntiforgeryFailurePage : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new ViewResult
            {
                ViewName = "/Pages/Shared/AntiforgeryFailed.cshtml",
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
