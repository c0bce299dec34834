using Microsoft.AspNetCore.Mvc;
using Workflow.Web.Administration;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.Assignments;

/// <summary>Assignments, filtered by person, post and status; for one post, who acts for it today.</summary>
public sealed class IndexModel(AssignmentDirectory directory, AssignmentChoices choices) : MemoPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public AssignmentStatus? Status { get; set; }

    public IReadOnlyList<AssignmentView> Rows { get; private set; } = [];

    public PostToday? Today { get; private set; }

    public AssignmentChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await directory.ListAsync(Person, Position, Status, ct);
        if (!string.IsNullOrWhiteSpace(Position) && await directory.TodayAsync(Position.Trim(), ct) is { Succeeded: true } today)
            Today = today.Value;
    }
}
