using Microsoft.AspNetCore.Diagnostics;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// A full disk, a read-only or locked database file, a PostgreSQL server that is down is the server's trouble, not the user's: answer 503 with a
/// clear message. The write transaction rolled back, so nothing was half written; the client may retry.
/// </summary>
public sealed class StorageFailureHandler(ILogger<StorageFailureHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not IOException && !DatabaseErrors.IsUnavailable(exception))
            return false;
        log.LogError(exception, "Storage failure on {Path}", http.Request.Path);
        http.Response.Headers.RetryAfter = "30";
        await new Failure(StatusCodes.Status503ServiceUnavailable, "storage-unavailable",
            "The service cannot write its records right now (disk full or database unavailable). Nothing was saved; try again later.")
            .ToProblem().ExecuteAsync(http);
        return true;
    }
}
