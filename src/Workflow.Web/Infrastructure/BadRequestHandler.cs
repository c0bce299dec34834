using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Workflow.Web.Application;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// Malformed JSON, a wrong content type or an oversized body surface as BadHttpRequestException (an unknown charset
/// as the JSON reader's InvalidOperationException); answer them as ProblemDetails naming the field (the JSON path)
/// instead of letting them become a 500.
/// </summary>
public sealed partial class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var failure = exception switch
        {
            BadHttpRequestException bad => FromBadRequest(bad),
            // "application/json; charset=no-such-charset": the JSON reader throws this, not a BadHttpRequestException.
            InvalidOperationException { InnerException: ArgumentException } e when e.TargetSite?.DeclaringType == typeof(HttpRequestJsonExtensions) =>
                new Failure(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "The charset of the content type is not known: send the body as application/json in UTF-8.", "body"),
            _ => null,
        };
        if (failure is null)
            return false;
        await failure.ToProblem().ExecuteAsync(http);
        return true;
    }

    private static Failure FromBadRequest(BadHttpRequestException bad)
    {
        var json = FindJsonException(bad);
        return bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new Failure(bad.StatusCode, "too-large", "The request body is too large."),
            StatusCodes.Status415UnsupportedMediaType => new Failure(bad.StatusCode, "unsupported-media-type", "Send the body as application/json.", "body"),
            _ when BindFailure().Match(bad.Message) is { Success: true } m =>
                Failure.Invalid(m.Groups["name"].Value, $"The value of {m.Groups["name"].Value} is not valid: {m.Groups["name"].Value} must be a number in range."),
            _ when json is not null => Failure.Invalid(FieldOf(json.Path), $"The JSON body is malformed or has a wrong type at {json.Path ?? "$"}: {json.Message.Split(" Path:")[0]}"),
            _ => new Failure(StatusCodes.Status400BadRequest, "bad-request", bad.Message, "body"),
        };
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
