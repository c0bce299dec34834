using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin;

/// <summary>
/// The holiday list by Buddhist Era year: add and remove holidays and covered years, through HolidayCatalog as the API,
/// with the list's audited history. Each form binds only its own input, so one form's empty fields never fail another.
/// </summary>
public sealed class HolidaysModel(HolidayCatalog catalog, AdminAuditTrail trail) : AdminPageModel
{
    public HolidayInput Input { get; set; } = new();

    public HolidayYearInput Year { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public HolidayListView List { get; private set; } = new([], []);

    public AdminHistory History { get; private set; } = new([]);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = nameof(Input))] HolidayInput input, CancellationToken ct)
    {
        Input = input;
        await LoadAsync(ct);
        if (!ModelState.IsValid)
            return Invalid();
        return await ChangeAsync(by => catalog.AddAsync(input, by, ct), h => RedirectToPage(new { done = "added" }));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string date, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ChangeAsync(by => catalog.RemoveAsync(date, by, ct), _ => RedirectToPage(new { done = "removed" }));
    }

    public async Task<IActionResult> OnPostAddYearAsync([FromForm(Name = nameof(Year))] HolidayYearInput year, CancellationToken ct)
    {
        Year = year;
        await LoadAsync(ct);
        if (!ModelState.IsValid)
            return Invalid();
        return await ChangeAsync(by => catalog.AddYearAsync(year, by, ct), _ => RedirectToPage(new { done = "year-added" }));
    }

    public async Task<IActionResult> OnPostRemoveYearAsync(int yearBe, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ChangeAsync(by => catalog.RemoveYearAsync(yearBe, by, ct), _ => RedirectToPage(new { done = "year-removed" }));
    }

    protected override string FieldKey(string field) =>
        field == "yearBe" ? $"{nameof(Year)}.YearBe" : base.FieldKey(field);

    private async Task LoadAsync(CancellationToken ct)
    {
        List = await catalog.ListAsync(ct);
        History = new AdminHistory(await trail.OfKindsAsync([HolidayCatalog.Subject, HolidayCatalog.YearSubject], 50, ct), ShowSubject: true);
    }
}
