using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;
using Workflow.Web.SecondFactor;
using Workflow.Web.Data;
using Workflow.Web.Routes;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>Sign-in, refresh, sign-out and password change for API clients (bearer token), who am I, and which routes I may start.</summary>
public static class AccountEndpoints
{
    public sealed record LoginRequest
    {
        // Identity's allowed user-name characters exclude everything PlainText refuses, so a refusal reveals no account.
        [Required, StringLength(256), PlainText]
        public string? UserName { get; init; }

        [Required, StringLength(256)]
        public string? Password { get; init; }

        /// <summary>The authenticator or recovery code; needed once the person has a second factor.</summary>
        [StringLength(20)]
        public string? Code { get; init; }
    }

    public sealed record RefreshRequest
    {
        [Required, StringLength(8192)]
        public string? RefreshToken { get; init; }
    }

    public sealed record MeView(string Id, string DisplayName, IEnumerable<HeldPostView> Positions);

    public sealed record HeldPostView(PositionView Position, string Capacity);

    public sealed record RouteView(
        string Id, int Version, string TitleTh, string TitleEn, bool CanStart, IEnumerable<PositionView> Submitters, IEnumerable<RouteStepView> Steps);

    public sealed record RouteStepView(int Index, PositionView Position, string Kind);

    public static readonly Failure SessionEnded = new(StatusCodes.Status401Unauthorized, "session-ended",
        "The refresh token has expired or its session has ended: sign in again.");

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Account").ProducesStorageProblem();

        auth.MapPost("/login", async (LoginRequest? body, HttpContext http, PasswordSignIn signIn, SecondFactorCheck secondFactor, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            var address = ClientAddress.Of(http);
            var checkedIn = await signIn.CheckAsync(body!.UserName!, body.Password!, address);
            if (!checkedIn.Succeeded)
                return checkedIn.Failure.ToProblem();
            // The code is asked only after the right password, so the answer tells nothing to someone without it.
            if (checkedIn.Value.TotpEnabledAt is not null
                && await secondFactor.AcceptAsync(checkedIn.Value, body.Code, address, http.RequestAborted) is { } refused)
                return refused.ToProblem();
            return Results.Ok(await tokens.IssueAsync(checkedIn.Value));
        }).AllowAnonymous().ChecksPassword().WithName("Login")
            .Produces<BearerTokens.Response>().ProducesJsonBodyProblems().ProducesSessionProblems().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Sign in; answers a bearer token for the Authorization header, when it expires, and a refresh token.");

        auth.MapPost("/refresh", async (RefreshRequest? body, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            return await tokens.RedeemAsync(body!.RefreshToken!) is { } user ? Results.Ok(await tokens.IssueAsync(user)) : SessionEnded.ToProblem();
        }).AllowAnonymous().WithName("RefreshToken").Produces<BearerTokens.Response>().ProducesJsonBodyProblems().ProducesSessionProblems()
            .WithSummary("A new bearer and refresh token for a refresh token whose session has not ended.");

        var session = auth.MapGroup("").RequireAuthorization(ApiPolicy.Name).ProducesSessionProblems();

        session.MapPost("/logout", async (HttpContext http, UserManager<AppUser> users, AccountSessions sessions) =>
        {
            if (await users.GetUserAsync(http.User) is { } user)
                await sessions.EndAllAsync(user);
            return Results.NoContent();
        }).WithName("Logout").Produces(StatusCodes.Status204NoContent).WithSummary("Sign out: ends every session of this user (all bearer tokens, refresh tokens and browser cookies).");

        session.MapPost("/password", async (PasswordChange.Request? body, HttpContext http, UserManager<AppUser> users, PasswordChange change, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            if (await users.GetUserAsync(http.User) is not { } user)
                return SessionEnded.ToProblem();
            return await change.ChangeAsync(user, body!.CurrentPassword!, body.NewPassword!, ClientAddress.Of(http)) is { } failure
                ? failure.ToProblem()
                : Results.Ok(await tokens.IssueAsync(user));
        }).ChecksPassword().WithName("ChangePassword").Produces<BearerTokens.Response>().ProducesJsonBodyProblems()
            .WithSummary("Change my password; ends every other session and answers new tokens for this client.");

        var api = app.MapGroup("/api").RequireAuthorization(ApiPolicy.Name).WithTags("Account").ProducesSessionProblems().ProducesStorageProblem();

        api.MapGet("/me", (HttpContext http, MemoQueries queries) =>
            WithUser(http, user => Task.FromResult(Results.Ok(new MeView(
                user.Id,
                user.DisplayName,
                user.Actor.Positions.Select(p => new HeldPostView(queries.Position(p.Position), p.Capacity.ToString())))))))
            .WithName("GetMe").Produces<MeView>().WithSummary("Who I am and the positions I hold.");

        api.MapGet("/routes", (HttpContext http, RouteRegistry routes, MemoQueries queries) =>
            WithUser(http, user => Task.FromResult(Results.Ok(routes.Catalog.Routes.Select(r => new RouteView(
                r.Id,
                r.Version,
                r.TitleTh,
                r.TitleEn,
                user.CanStart(r),
                r.Submitters.Select(queries.Position),
                r.Steps.Select(s => new RouteStepView(s.Index, queries.Position(s.Position), s.Kind.ToString()))))))))
            .WithName("ListRoutes").Produces<IEnumerable<RouteView>>().WithSummary("The routes, and whether your positions may start each one.");
    }
}
