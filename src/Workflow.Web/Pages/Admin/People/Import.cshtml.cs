using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration.People.Import;

namespace Workflow.Web.Pages.Admin.People;

/// <summary>
/// CSV import: upload shows the preview (every row and its errors); when no row has an error, "import" creates them
/// all. The previewed file travels back in the form, so the server keeps nothing between the two steps and checks it
/// again in full before importing.
/// </summary>
[RequestSizeLimit(3 * PeopleCsv.MaxBytes)]
[RequestFormLimits(ValueLengthLimit = 2 * PeopleCsv.MaxBytes, MultipartBodyLengthLimit = 3 * PeopleCsv.MaxBytes)]
public sealed class ImportModel(PeopleImport import) : PeoplePageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, base64.</summary>
    [BindProperty]
    public string? Previewed { get; set; }

    public ImportPreview? Preview { get; private set; }

    public int? Imported { get; private set; }

    public void OnGet(int? imported) => Imported = imported;

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
            return Refused(new ImportRefusal(StatusCodes.Status400BadRequest, "import-empty", "No file."));
        if (Upload.Length > PeopleCsv.MaxBytes)
            return Refused(PeopleCsv.TooLarge());
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var (preview, refusal) = await import.PreviewAsync(content, CultureInfo.CurrentUICulture, ct);
        if (refusal is not null)
            return Refused(refusal);
        Preview = preview;
        Previewed = preview!.CanImport ? Convert.ToBase64String(content) : null;
        if (!preview.CanImport)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        byte[] content;
        try
        {
            content = Convert.FromBase64String(Previewed ?? "");
        }
        catch (FormatException)
        {
            return Refused(new ImportRefusal(StatusCodes.Status400BadRequest, "import-empty", "No file."));
        }

        var imported = await import.ImportAsync(content, by, CultureInfo.CurrentUICulture, ct);
        if (imported.Succeeded)
            return RedirectToPage(new { imported = imported.Value.People.Count });
        var (preview, refusal) = await import.PreviewAsync(content, CultureInfo.CurrentUICulture, ct);
        if (refusal is not null)
            return Refused(refusal);
        Preview = preview;
        Previewed = null;
        return Fail(imported.Failure);
    }

    private IActionResult Refused(ImportRefusal refusal)
    {
        Previewed = null;
        ModelState.AddModelError(nameof(Upload), Text(refusal));
        Response.StatusCode = refusal.Status;
        return Page();
    }

    private string Text(ImportRefusal refusal)
    {
        var t = HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Support.UiText>>();
        return t["Import." + refusal.Code, refusal.Argument];
    }
}
