using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Pages.Support;

/// <summary>The signed-in person for this request, loaded once and shared by the page and its layout.</summary>
public sealed class PageUser(IHttpContextAccessor accessor, WorkflowDbContext db, MemoQueries queries, RouteRegistry routes)
{
    /// <summary>The navigation shows "99+" beyond this; nobody reads a longer inbox from a badge.</summary>
    public const int InboxCountLimit = 100;

    private CurrentUser? _user;
    private bool _loaded;
    private int? _inboxCount;

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No current request.");

    public async Task<CurrentUser?> GetAsync()
    {
        if (!_loaded && Http.User.Identity?.IsAuthenticated == true)
            _user = await CurrentUser.LoadAsync(Http.User, db, Http.RequestAborted);
        _loaded = true;
        return _user;
    }

    /// <summary>Whether any of my positions may start a route, i.e. whether "write a memo" means anything to me.</summary>
    public async Task<bool> CanWriteAsync() =>
        await GetAsync() is { } user && routes.Catalog.Routes.Any(r => r.CanBeStartedBy(user.PositionKeys));

    public async Task<int> InboxCountAsync()
    {
        if (_inboxCount is null && await GetAsync() is { } user)
            _inboxCount = await queries.InboxCountAsync(user, Http.RequestAborted);
        return _inboxCount ?? 0;
    }
}
