using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Pages.Account;

/// <summary>On the sign-in page of a fresh installation: how to create the first administrator, until one exists.</summary>
public sealed class FirstAdministratorHintViewComponent(WorkflowDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        await new Administrators(db).AnyAsync(HttpContext.RequestAborted) ? Content("") : View();
}
