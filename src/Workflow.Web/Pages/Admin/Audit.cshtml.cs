using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Administration;

namespace Workflow.Web.Pages.Admin;

/// <summary>The latest administration changes and whether their hash chain is intact.</summary>
public sealed class AuditModel(AdminAuditTrail trail) : PageModel
{
    public IReadOnlyList<AdminAuditView> Entries { get; private set; } = [];

    public int Count { get; private set; }

    public int? BrokenAt { get; private set; }

    public string? Reason { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (count, broken) = await trail.VerifyAsync(ct);
        (Count, BrokenAt, Reason) = (count, broken?.Sequence, broken?.Reason);
        Entries = await trail.LatestAsync(200, ct);
    }
}
