using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Application;

namespace Workflow.Web.Pages.Register;

/// <summary>The register page's CSV download, for the browser's session; the same readers and file as GET /api/register/export.csv.</summary>
[AllowAnonymous]
public sealed class ExportModel(RegisterAccess access, RegisterBook book) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await access.MayReadAsync())
            return NotFound();
        // A year's register is a few thousand lines at most: written to memory, then sent as one file.
        using var csv = new MemoryStream();
        await RegisterCsv.WriteAsync(csv, book.AllAsync(year), ct);
        return File(csv.ToArray(), RegisterCsv.ContentType, RegisterDownload.FileName(year));
    }
}
