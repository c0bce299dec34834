using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Features;

namespace Workflow.Web.Pages.Admin;

/// <summary>The organisation profile and its emblem, through the same service and input as PUT /api/admin/organisation.</summary>
public sealed class OrganisationModel(OrganisationSettings settings) : AdminPageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public OrganisationView Current => settings.Current;

    public void OnGet() => Input = OrganisationInput.From(settings.Current);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Invalid();
        return await ChangeAsync(by => settings.UpdateAsync(Input, by, ct), _ => RedirectToPage(new { done = "saved" }));
    }

    public async Task<IActionResult> OnPostEmblemAsync(IFormFile? emblem, CancellationToken ct)
    {
        Input = OrganisationInput.From(settings.Current);
        ModelState.Clear();
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        if (emblem is null)
            return Fail(Application.Failure.Invalid("file", "Choose a PNG file."));
        await using var stream = emblem.OpenReadStream();
        var png = await EmblemImage.ReadAsync(stream, ct);
        if (!png.Succeeded)
            return Fail(png.Failure);
        var set = await settings.SetEmblemAsync(png.Value, by, ct);
        return set.Succeeded ? RedirectToPage(new { done = "emblem" }) : Fail(set.Failure);
    }

    public async Task<IActionResult> OnPostRemoveEmblemAsync(CancellationToken ct)
    {
        if (await ActorAsync() is not { } by)
            return SignInAgain();
        var removed = await settings.RemoveEmblemAsync(by, ct);
        Input = OrganisationInput.From(settings.Current);
        return removed.Succeeded ? RedirectToPage(new { done = "emblem-removed" }) : Fail(removed.Failure);
    }

    protected override string FieldKey(string field) => field == "file" ? "emblem" : base.FieldKey(field);
}
