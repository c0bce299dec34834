using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Application;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Register;

/// <summary>
/// The register book (ทะเบียนหนังสือส่ง) per year, with search, for administrators and holders of a post given the
/// right. Everyone else, signed in or not, gets the answer an unknown address gets: 404.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(RegisterAccess access, RegisterBook book, RegisterNumberAllocator numbers, TimeProvider clock) : MemoPageModel
{
    public const int PageSize = 50;

    public RegisterPage Results { get; private set; } = new(0, [], 0, 1, PageSize, null);

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int LastPage => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int? year, string? q, int? page, CancellationToken ct)
    {
        if (!await access.MayReadAsync())
            return NotFound();
        var current = numbers.YearOf(clock.GetUtcNow());
        Years = await book.YearsAsync(current, ct);
        q = q is { Length: > 200 } ? q[..200] : q;
        Results = await book.ListAsync(year is { } y && Years.Contains(y) ? y : current, q, Math.Max(page ?? 1, 1), PageSize, ct);
        return Page();
    }
}
