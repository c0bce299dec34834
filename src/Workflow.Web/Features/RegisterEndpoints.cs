using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The register book for administrators: read it, export it, and continue a paper register.</summary>
public static class RegisterEndpoints
{
    public static IServiceCollection AddRegisterBook(this IServiceCollection services) =>
        services.AddAdminPolicy().AddScoped<RegisterBook>().AddScoped<RegisterContinuation>();

    public static void MapRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        var register = app.MapAdminApi().MapGroup("/register").ProducesBindingProblem().ProducesStorageProblem();

        register.MapGet("", async (int year, string? q, int? page, int? pageSize, RegisterBook book, CancellationToken ct) =>
                Results.Ok(await book.ListAsync(year, q, page ?? 1, pageSize ?? 50, ct)))
            .WithName("ListRegister").Produces<RegisterPage>()
            .WithSummary("The register book (ทะเบียนหนังสือส่ง) of a Buddhist Era year, newest first; q searches subject and number.");

        register.MapGet("/export.csv", (int year, RegisterBook book, HttpContext http) =>
            {
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"register-{year}.csv\"";
                return Results.Stream(body => RegisterCsv.WriteAsync(body, book.AllAsync(year), http.RequestAborted), RegisterCsv.ContentType);
            })
            .WithName("ExportRegisterCsv").ProducesFile(RegisterCsv.ContentType)
            .WithSummary("The register book of a year as CSV for Excel (UTF-8 with BOM, CRLF, header row).");

        register.MapGet("/export.xlsx", async (int year, RegisterBook book, CancellationToken ct) =>
                Results.File(await RegisterXlsx.WriteAsync(year, book.AllAsync(year), ct), RegisterXlsx.ContentType, $"register-{year}.xlsx"))
            .WithName("ExportRegisterXlsx").ProducesFile(RegisterXlsx.ContentType)
            .WithSummary("The register book of a year as an Excel workbook: the CSV's columns, dates as dates, the header row frozen.");

        register.MapGet("/next", async (int year, RegisterContinuation register, CancellationToken ct) =>
                Results.Ok(await register.NextAsync(year, ct)))
            .WithName("GetRegisterNext").Produces<RegisterNext>()
            .WithSummary("The number the next submission of that year gets, and the last one given.");

        register.MapPut("/next", (RegisterNextRequest? body, HttpContext http, RegisterContinuation register) =>
                WithUser(http, async user =>
                {
                    if (RequestValidation.Validate(body) is { } invalid)
                        return invalid.ToProblem();
                    var set = await register.SetNextAsync(body!.Year!.Value, body.Next!.Value, user, http.RequestAborted);
                    return set.ToHttp(Results.Ok);
                }))
            .WithName("SetRegisterNext").Produces<RegisterNext>().ProducesJsonBodyProblems().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Continue a paper register: set the next number of the current year, only above the last number given.");
    }
}
