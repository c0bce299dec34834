using System.ComponentModel.DataAnnotations;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.SecondFactor;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>/api/auth/second-factor: setting up an authenticator app for API clients (ADR 31).</summary>
public static class SecondFactorEndpoints
{
    public sealed record ConfirmRequest
    {
        [Required, StringLength(20)]
        public string? Code { get; init; }
    }

    public sealed record Confirmed(IReadOnlyList<string> RecoveryCodes);

    public static void MapSecondFactorEndpoints(this IEndpointRouteBuilder app)
    {
        // Bearer tokens only, like every /api endpoint: the identity cookie alone must not set up a second factor (no CSRF).
        var group = app.MapGroup("/api/auth/second-factor").RequireAuthorization(ApiPolicy.Name).WithTags("Account").ProducesSessionProblems().ProducesStorageProblem();

        group.MapPost("/setup", (HttpContext http, WorkflowDbContext db, SecondFactorEnrolment enrolment) =>
                WithUser(http, async user => await db.Users.FindAsync([user.Id], http.RequestAborted) is { } person
                    ? (await enrolment.BeginAsync(person, http.RequestAborted)).ToHttp(Results.Ok)
                    : Failure.NotFound("User").ToProblem()))
            .WithName("BeginSecondFactor").Produces<TotpSetup>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A new authenticator secret (Base32, otpauth:// address, QR code as SVG); confirm it with a first code.");

        group.MapPost("/confirm", (ConfirmRequest? body, HttpContext http, WorkflowDbContext db, SecondFactorEnrolment enrolment) =>
                WithUser(http, async user =>
                {
                    if (RequestValidation.Validate(body) is { } invalid)
                        return invalid.ToProblem();
                    if (await db.Users.FindAsync([user.Id], http.RequestAborted) is not { } person)
                        return Failure.NotFound("User").ToProblem();
                    var confirmed = await enrolment.ConfirmAsync(person, body!.Code, ClientAddress.Of(http), http.RequestAborted);
                    return confirmed.ToHttp(codes => Results.Ok(new Confirmed(codes)));
                }))
            .WithName("ConfirmSecondFactor").Produces<Confirmed>().ProducesJsonBodyProblems().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Confirm the set-up with a first code; answers the 10 recovery codes, shown only this once.");
    }
}
