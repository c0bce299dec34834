using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Pages.Support;

/// <summary>What the assignment and delegation forms offer: active people, posts, routes; and how their days read.</summary>
public sealed class AssignmentChoices(WorkflowDbContext db, PostTitles posts, RouteRegistry routes, DisplayText show)
{
    public sealed record Person(string UserName, string DisplayName);

    public sealed record RouteChoice(string Id, string Title);

    /// <summary>The model of _RouteChoices: the form field's name, the routes, and those ticked.</summary>
    public sealed record RouteField(string Name, IReadOnlyList<RouteChoice> Routes, IReadOnlyCollection<string>? Chosen);

    public RouteField RoutesFor(string name, IReadOnlyCollection<string>? chosen) => new(name, Routes, chosen);

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<PositionView> Posts => [.. posts.All.OrderBy(p => p.Key, StringComparer.Ordinal)];

    public IReadOnlyList<RouteChoice> Routes =>
        [.. routes.Catalog.Routes.Select(r => new RouteChoice(r.Id, show.English ? r.TitleEn : r.TitleTh))];

    public async Task<AssignmentChoices> LoadAsync(CancellationToken ct)
    {
        People = await db.Users.AsNoTracking().Where(u => u.IsActive && u.UserName != null)
            .OrderBy(u => u.DisplayName).Select(u => new Person(u.UserName!, u.DisplayName)).ToListAsync(ct);
        return this;
    }

    /// <summary>The value of a date input: always Gregorian yyyy-MM-dd, whatever the page's culture.</summary>
    public static string Iso(DateOnly? day) => day?.ToString(IsoDateBinderProvider.Format, CultureInfo.InvariantCulture) ?? "";

    /// <summary>A day as read on the page; th-TH writes the Buddhist Era year.</summary>
    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.CurrentCulture) ?? "–";
}
