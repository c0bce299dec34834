using Workflow.Web.Administration.People;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages.Admin.People;

/// <summary>The people of the municipality, searchable, a page at a time.</summary>
public sealed class IndexModel(Administration.People.People people) : MemoPageModel
{
    public const int PageSize = 50;

    public PeoplePage List { get; private set; } = new([], 0, 1, PageSize);

    public string? Query { get; private set; }

    public async Task OnGetAsync(string? q, int? page, CancellationToken ct)
    {
        Query = q?.Trim();
        List = await people.ListAsync(Query, page ?? 1, PageSize, ct);
    }
}
