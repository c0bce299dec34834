namespace Workflow.Web.Application;

/// <summary>The one place where failures become RFC 7807 ProblemDetails.</summary>
public static class ProblemMapping
{
    public static IResult ToProblem(this Failure f)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = f.Code };
        if (f.Field is null)
            return Results.Problem(detail: f.Detail, statusCode: f.Status, extensions: extensions);
        return Results.ValidationProblem(
            f.Errors ?? new Dictionary<string, string[]> { [f.Field] = [f.Detail] },
            detail: f.Detail,
            statusCode: f.Status,
            extensions: extensions);
    }

    public static IResult ToHttp<T>(this Outcome<T> outcome, Func<T, IResult> onSuccess) =>
        outcome.Succeeded ? onSuccess(outcome.Value) : outcome.Failure.ToProblem();
}
