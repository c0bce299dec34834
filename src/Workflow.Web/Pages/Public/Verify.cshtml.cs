using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;
using Workflow.Web.Public;

namespace Workflow.Web.Pages.Public;

/// <summary>
/// The public verify page: an uploaded PDF or a SHA-256 is checked against the publications and the seal
/// (<see cref="PublicationVerifier"/>, the same answer as POST /public/api/verify).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 100 * 1024 * 1024)]
public sealed class VerifyModel(PublicationVerifier verifier, IStringLocalizer<UiText> t) : PageModel
{
    public VerifyAnswer? Answer { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>Which field the error is about: "file" or "sha256".</summary>
    public string? ErrorField { get; private set; }

    [BindProperty]
    public string? Sha256 { get; set; }

    public long MaxMegabytes => verifier.MaxBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        Outcome<VerifyAnswer> outcome;
        if (file is { Length: > 0 })
        {
            await using var stream = file.OpenReadStream();
            outcome = await verifier.VerifyFileAsync(stream, ct);
        }
        else if (!string.IsNullOrWhiteSpace(Sha256))
        {
            outcome = await verifier.VerifyShaAsync(Sha256, ct);
        }
        else
        {
            outcome = Failure.Invalid("file", "empty");
        }

        if (outcome.Succeeded)
        {
            Answer = outcome.Value;
            return Page();
        }

        var f = outcome.Failure;
        ErrorField = f.Field;
        ErrorMessage = f.Code switch
        {
            "too-large" => t["Verify.TooLarge", MaxMegabytes],
            "not-a-pdf" => t["Verify.NotPdf"],
            _ when f.Field == "sha256" => t["Verify.BadSha"],
            _ => t["Verify.Nothing"],
        };
        Response.StatusCode = f.Status;
        return Page();
    }
}
