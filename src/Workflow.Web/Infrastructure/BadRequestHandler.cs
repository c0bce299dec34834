using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Workflow.Web.Application;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// Malformed JSON, a wrong content type or an oversized body surface as BadHttpRequestException; answer them as
/// ProblemDetails naming the field (the JSON path) instead of letting them become a 500.
/// </summary>
public sealed partial class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var json = FindJsonException(bad);
        var failure = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new Failure(bad.StatusCode, "too-large", "The request body is too large."),
            StatusCodes.Status415UnsupportedMediaType => new Failure(bad.StatusCode, "unsupported-media-type", "Send the body as application/json.", "body"),
            _ when BindFailure().Match(bad.Message) is { Success: true } m =>
                Failure.Invalid(m.Groups["name"].Value, $"The value of {m.Groups["name"].Value} is not valid: {m.Groups["name"].Value} must be a number in range."),
            _ when json is not null => Failure.Invalid(FieldOf(json.Path), $"The JSON body is malformed or has a wrong type at {json.Path ?? "$"}: {json.Message.Split(" Path:")[0]}"),
            _ => new Failure(StatusCodes.Status400BadRequest, "bad-request", bad.Message, "body"),
        };
        await failure.ToProblem().ExecuteAsync(http);
        return true;
    }

    private static JsonException? FindJsonException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
                return json;
        }

        return null;
    }

    // ASP.NET Core's wording for a route or query value that does not convert, e.g. ?limit=abc.
    [GeneratedRegex("""^Failed to bind parameter "[^"]*?\s(?<name>\w+)" from ".*"\.$""")]
    private static partial Regex BindFailure();

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
