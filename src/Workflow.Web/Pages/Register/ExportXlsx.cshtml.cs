using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Register;

/// <summary>The register page's Excel download, for the browser's session; the same readers as the CSV, the same file as the admin API's.</summary>
[AllowAnonymous]
public sealed class ExportXlsxModel(RegisterAccess access, RegisterBook book) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await access.MayReadAsync())
            return NotFound();
        var workbook = await RegisterXlsx.WriteAsync(year, book.AllAsync(year), ct);
        return File(workbook, RegisterXlsx.ContentType, $"register-{year}.xlsx");
    }
}
