using Microsoft.AspNetCore.Mvc.ModelBinding;
using Workflow.Web.Administration;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.Departments;

/// <summary>What the shared department fields need: the input, whether the key is asked (creation only), the messages.</summary>
public sealed record DepartmentForm(DepartmentInput Input, bool WithKey, ModelStateDictionary ModelState)
{
    public string? ErrorFor(string key) => ModelState.FirstError(key);
}
