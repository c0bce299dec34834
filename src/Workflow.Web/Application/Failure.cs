using Workflow.Core.Engine;

namespace Workflow.Web.Application;

/// <summary>Why a request was not carried out; mapped to ProblemDetails in one place (<see cref="ProblemMapping"/>).</summary>
public sealed record Failure(int Status, string Code, string Detail, string? Field = null)
{
    /// <summary>Every invalid field with its messages, when there is more than one to report.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>When the client may try again (429, 503): sent as the Retry-After header.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Failure Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, "invalid", "One or more fields are invalid: " + string.Join(", ", errors.Keys) + ".", errors.Keys.First())
        {
            Errors = errors,
        };

    public static Failure NotFound(string what) => new(StatusCodes.Status404NotFound, "not-found", $"{what} was not found.");

    public static Failure Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "forbidden", detail);

    public static Failure Conflict(string detail) => new(StatusCodes.Status409Conflict, "conflict", detail);

    public static Failure Invalid(string field, string detail) => new(StatusCodes.Status400BadRequest, "invalid", detail, field);

    public static Failure From(Refusal r) => r.Kind switch
    {
        // Word for word what an unknown id answers, so that the two cannot be told apart.
        RefusalKind.NotFound => NotFound("Document"),
        RefusalKind.Forbidden => new(StatusCodes.Status403Forbidden, r.Code, r.Message, r.Field),
        RefusalKind.Conflict => new(StatusCodes.Status409Conflict, r.Code, r.Message, r.Field),
        _ => new(StatusCodes.Status400BadRequest, r.Code, r.Message, r.Field),
    };
}
