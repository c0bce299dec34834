namespace Workflow.Web.Administration.People;

/// <summary>One page of the people list: the people on it, how many match the search in all, and where the page is.</summary>
public sealed record PeoplePage(IReadOnlyList<PersonView> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
