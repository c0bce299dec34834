using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Routes;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>Sign-in for API clients (bearer token), who am I, and which routes I may start.</summary>
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

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", async (LoginRequest? body, PasswordSignIn signIn) =>
        {
            if (RequestValidation.Validate(body) is { } invalid)
                return invalid.ToProblem();
            // The bearer scheme makes SignInAsync write {accessToken, expiresIn, refreshToken} as the response.
            return await signIn.SignInAsync(body!.UserName!, body.Password!, IdentityConstants.BearerScheme) is { } failure
                ? failure.ToProblem()
                : Results.Empty;
        }).AllowAnonymous().WithTags("Account").WithSummary("Sign in; answers a bearer token for the Authorization header.");

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
