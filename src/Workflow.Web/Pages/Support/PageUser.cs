using Workflow.Web.Application;
using Workflow.Web.Routes;

namespace Workflow.Web.Pages.Support;

/// <summary>The signed-in person for this request, loaded once and shared by the page and its layout.</summary>
public sealed class PageUser(IHttpContextAccessor accessor, SignedInUser signedIn, MemoQueries queries, RouteRegistry routes)
{
    /// <summary>The navigation shows "99+" beyond this; nobody reads a longer inbox from a badge.</summary>
    public const int InboxCountLimit = 100;

    private int? _inboxCount;

    public Task<CurrentUser?> GetAsync() => signedIn.GetAsync();

    /// <summary>Whether any of my positions may start a route, i.e. whether "write a memo" means anything to me.</summary>
    public async Task<bool> CanWriteAsync() =>
        await GetAsync() is { } user && routes.Catalog.Routes.Any(user.CanStart);

    public async Task<int> InboxCountAsync()
    {
        if (_inboxCount is null && await GetAsync() is { } user)
            _inboxCount = await queries.InboxCountAsync(user, accessor.HttpContext?.RequestAborted ?? default);
        return _inboxCount ?? 0;
    }
}
