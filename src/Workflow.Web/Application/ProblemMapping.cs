namespace Workflow.Web.Application;

/// <summary>The one place where failures become RFC 7807 ProblemDetails.</summary>
public static class ProblemMapping
{
    public static IResult ToProblem(this Failure f)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = f.Code };
        var problem = f.Field is null
            ? Results.Problem(detail: f.Detail, statusCode: f.Status, extensions: extensions)
            : Results.ValidationProblem(
                f.Errors ?? new Dictionary<string, string[]> { [f.Field] = [f.Detail] },
                detail: f.Detail,
                statusCode: f.Status,
                extensions: extensions);
        return f.RetryAfter is { } wait ? new WithRetryAfter(problem, wait) : problem;
    }

    /// <summary>The Retry-After header value: whole seconds, rounded up, at least 1.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class WithRetryAfter(IResult inner, TimeSpan wait) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
            return inner.ExecuteAsync(http);
        }
    }

    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, IResult> onSuccess) =>
        outcome.Succeeded ? onSuccess(outcome.Value) : outcome.Failure.ToProblem();
}
