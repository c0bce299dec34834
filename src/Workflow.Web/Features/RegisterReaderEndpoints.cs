using Workflow.Web.Application;

namespace Workflow.Web.Features;

/// <summary>
/// The register book for the people who keep it: administrators and holders of a post given the right (ADR 16). Anyone
/// else signed in gets 404, as for something that does not exist; continuing the register stays under /api/admin.
/// </summary>
public static class RegisterReaderEndpoints
{
    public static void MapRegisterReaderEndpoints(this IEndpointRouteBuilder app)
    {
        var register = app.MapGroup("/api/register").RequireAuthorization(ApiPolicy.Name).WithTags("Register")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        register.MapGet("", async (int year, string? q, int? page, int? pageSize, RegisterAccess access, RegisterBook book, CancellationToken ct) =>
                await access.MayReadAsync()
                    ? Results.Ok(await book.ListAsync(year, q, page ?? 1, pageSize ?? 50, ct))
                    : Failure.NotFound("Register").ToProblem())
            .WithName("ReadRegister").Produces<RegisterPage>()
            .WithSummary("The register book of a Buddhist Era year, newest first; q searches subject and number.");

        register.MapGet("/export.csv", async (int year, RegisterAccess access, RegisterBook book, HttpContext http) =>
                await access.MayReadAsync() ? RegisterDownload.Csv(year, book, http) : Failure.NotFound("Register").ToProblem())
            .WithName("ExportRegisterCsvForReaders").ProducesFile(RegisterCsv.ContentType)
            .WithSummary("The register book of a year as CSV for Excel (UTF-8 with BOM, CRLF, header row).");
    }
}
