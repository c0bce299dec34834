using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;
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
    }

    public sealed record RefreshRequest
    {
        [Required, StringLength(8192)]
        public string? RefreshToken { get; init; }
    }

    public static readonly Failure SessionEnded = new(StatusCodes.Status401Unauthorized, "session-ended",
        "The refresh token has expired or its session has ended: sign in again.");

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Account");

        auth.MapPost("/login", async (LoginRequest? body, HttpContext http, PasswordSignIn signIn, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            var checkedIn = await signIn.CheckAsync(body!.UserName!, body.Password!, ClientAddress.Of(http));
            return checkedIn.Succeeded ? Results.Ok(await tokens.IssueAsync(checkedIn.Value)) : checkedIn.Failure.ToProblem();
        }).AllowAnonymous().WithMetadata(new SignInAttemptAttribute()).Produces<BearerTokens.Response>()
            .WithSummary("Sign in; answers a bearer token for the Authorization header, when it expires, and a refresh token.");

        auth.MapPost("/refresh", async (RefreshRequest? body, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            return await tokens.RedeemAsync(body!.RefreshToken!) is { } user ? Results.Ok(await tokens.IssueAsync(user)) : SessionEnded.ToProblem();
        }).AllowAnonymous().Produces<BearerTokens.Response>().WithSummary("A new bearer and refresh token for a refresh token whose session has not ended.");

        var session = auth.MapGroup("").RequireAuthorization(ApiPolicy.Name);

        session.MapPost("/logout", async (HttpContext http, UserManager<AppUser> users, AccountSessions sessions) =>
        {
            if (await users.GetUserAsync(http.User) is { } user)
                await sessions.EndAllAsync(user);
            return Results.NoContent();
        }).WithSummary("Sign out: ends every session of this user (all bearer tokens, refresh tokens and browser cookies).");

        session.MapPost("/password", async (PasswordChange.Request? body, HttpContext http, UserManager<AppUser> users, PasswordChange change, BearerTokens tokens) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            if (await users.GetUserAsync(http.User) is not { } user)
                return SessionEnded.ToProblem();
            return await change.ChangeAsync(user, body!.CurrentPassword!, body.NewPassword!, ClientAddress.Of(http)) is { } failure
                ? failure.ToProblem()
                : Results.Ok(await tokens.IssueAsync(user));
        }).WithMetadata(new SignInAttemptAttribute())
            .WithSummary("Change my password; ends every other session and answers new tokens for this client.");

        var api = app.MapGroup("/api").RequireAuthorization(ApiPolicy.Name).WithTags("Account");

        api.MapGet("/me", (HttpContext http, WorkflowDbContext db, MemoQueries queries) =>
            WithUser(http, db, user => Task.FromResult(Results.Ok(new
            {
                user.Id,
                user.DisplayName,
                Positions = user.Actor.Positions.Select(p => new { Position = queries.Position(p.Position), Capacity = p.Capacity.ToString() }),
            })))).WithSummary("Who I am and the positions I hold.");

        api.MapGet("/routes", (HttpContext http, WorkflowDbContext db, RouteRegistry routes, MemoQueries queries) =>
            WithUser(http, db, user => Task.FromResult(Results.Ok(routes.Catalog.Routes.Select(r => new
            {
                r.Id,
                r.Version,
                r.TitleTh,
                r.TitleEn,
                CanStart = r.CanBeStartedBy(user.PositionKeys),
                Submitters = r.Submitters.Select(queries.Position),
                Steps = r.Steps.Select(s => new { s.Index, Position = queries.Position(s.Position), Kind = s.Kind.ToString() }),
            }))))).WithSummary("The routes, and whether your positions may start each one.");
    }
}
