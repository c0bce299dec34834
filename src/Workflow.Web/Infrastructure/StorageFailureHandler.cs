using Microsoft.AspNetCore.Diagnostics;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Infrastructure;

/// <summary>
/// A full disk, a read-only or locked database file is the server's trouble, not the user's: answer 503 with a
/// clear message. The write transaction rolled back, so nothing was half written; the client may retry.
/// </summary>
public sealed class StorageFailureHandler(ILogger<StorageFailureHandler> log) : IExceptionHandler
{
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_READONLY 8, SQLITE_IOERR 10, SQLITE_FULL 13, SQLITE_CANTOPEN 14
    // PostgreSQL: a server that is down, restarting or unreachable (DatabaseErrors.IsUnavailable).
    private static readonly HashSet<int> StorageErrors = [5, 6, 8, 10, 13, 14];

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not IOException && !DatabaseErrors.IsUnavailable(exception, StorageErrors))
            return false;
        log.LogError(exception, "Storage failure on {Path}", http.Request.Path);
        http.Response.Headers.RetryAfter = "30";
        await new Failure(StatusCodes.Status503ServiceUnavailable, "storage-unavailable",
            "The service cannot write its records right now (disk full or database unavailable). Nothing was saved; try again later.")
            .ToProblem().ExecuteAsync(http);
        return true;
    }
}
