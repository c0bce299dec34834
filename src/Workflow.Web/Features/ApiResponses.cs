using Microsoft.AspNetCore.Mvc;

namespace Workflow.Web.Features;

/// <summary>
/// The answers each family of endpoints can give, declared for the OpenAPI document. Each one is read off the code
/// that gives it (the Failure values through ProblemMapping, the policies, the sign-in rate limiter, BadRequestHandler,
/// StorageFailureHandler), so a script can rely on the list. Every error is application/problem+json.
/// </summary>
public static class ApiResponses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>A bearer-token endpoint: no token, an expired or ended session, or an account that no longer exists.</summary>
    public static TBuilder ProducesSessionProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblemOf(StatusCodes.Status401Unauthorized);

    /// <summary>An administration endpoint: 401 as any bearer endpoint, 403 for anyone not an administrator (ADR 14).</summary>
    public static TBuilder ProducesAdminProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesSessionProblems().ProducesProblemOf(StatusCodes.Status403Forbidden);

    /// <summary>Anything that reads or writes the database: 503 with Retry-After when it cannot (disk full, locked, read-only).</summary>
    public static TBuilder ProducesStorageProblem<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblemOf(StatusCodes.Status503ServiceUnavailable);

    /// <summary>A route or query value that does not convert, or a required one missing (?limit=abc, no ?year): 400 naming it.</summary>
    public static TBuilder ProducesBindingProblem<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesValidationProblemOf(StatusCodes.Status400BadRequest);

    /// <summary>
    /// A JSON body: missing, malformed or invalid fields (400 naming them), larger than the server's request limit
    /// (413), not application/json or an unknown charset (415).
    /// </summary>
    public static TBuilder ProducesJsonBodyProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesBindingProblem()
            .ProducesProblemOf(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblemOf(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>One thing by id: unknown and unreadable answer alike (ADR 6).</summary>
    public static TBuilder ProducesNotFound<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblemOf(StatusCodes.Status404NotFound);

    /// <summary>
    /// A change to one memo: the route or its author refuses this user (403), the memo is unknown or unreadable (404),
    /// it changed since the version sent, or its state does not allow the change (409). A route refusal tied to a
    /// field (a note that is required) is 400.
    /// </summary>
    public static TBuilder ProducesMemoChangeProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesBindingProblem()
            .ProducesProblemOf(StatusCodes.Status403Forbidden)
            .ProducesNotFound()
            .ProducesProblemOf(StatusCodes.Status409Conflict);

    /// <summary>
    /// Marks a POST that checks a password: the sign-in rate limits apply to it (<see cref="SignInLimits"/>), and both
    /// they and the per-account back-off answer 429 with Retry-After.
    /// </summary>
    public static RouteHandlerBuilder ChecksPassword(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new SignInAttemptAttribute()).ProducesProblemOf(StatusCodes.Status429TooManyRequests);

    /// <summary>A download: the bytes of the file in its own media type.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType) =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [contentType]));

    private static TBuilder ProducesProblemOf<TBuilder>(this TBuilder builder, int status) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ProblemJson]));

    private static TBuilder ProducesValidationProblemOf<TBuilder>(this TBuilder builder, int status) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(HttpValidationProblemDetails), [ProblemJson]));
}
