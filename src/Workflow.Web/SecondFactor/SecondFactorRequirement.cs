using Microsoft.Extensions.Options;
using Workflow.Core.SecondFactor;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;
using Workflow.Web.Routes;

namespace Workflow.Web.SecondFactor;

/// <summary>Whether a person must have a second factor (the Core rule on their posts now and the loaded routes).</summary>
public sealed class SecondFactorRequirement(SignedInUser people, RouteRegistry routes, IOptions<SecondFactorOptions> options)
{
    public bool IsRequired(CurrentUser user) => SecondFactorRule.IsRequired(options.Value.RequiredFor, user.Actor, routes.Versions);

    /// <summary>Whether the person must set one up before using anything else (the sign-in gate); no query when not.</summary>
    public async Task<bool> MustSetUpAsync(AppUser user, CancellationToken ct) =>
        user.TotpEnabledAt is null && options.Value.RequiredFor != SecondFactorScope.None
        && await people.ForAsync(user.Id, ct) is { } current && IsRequired(current);
}
