using Workflow.Web.Application;
using Workflow.Web.Reports;

namespace Workflow.Web.Features;

/// <summary>
/// Where the time goes (ADR 27), for holders of a post given the right; anyone else signed in gets 404, as for
/// something that does not exist. <c>days</c> is 30, 90 (when omitted) or 365; anything else is a 400 naming it.
/// </summary>
public static class TimeInPostEndpoints
{
    public static IServiceCollection AddTimeInPost(this IServiceCollection services) =>
        services.AddScoped<TimeInPostAccess>().AddScoped<TimeInPostQuery>();

    public static void MapTimeInPostEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").RequireAuthorization(ApiPolicy.Name).WithTags("Reports")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/time-in-post", async (string? days, TimeInPostAccess access, TimeInPostQuery query, HttpContext http) =>
                await access.MaySeeAsync() ? await TimeInPostDownload.JsonAsync(days, query, http) : Failure.NotFound("Report").ToProblem())
            .WithName("TimeInPost").Produces<TimeInPostReport>()
            .WithSummary("Where memos wait: per post the median and 90th percentile wait, overdue now; per month submitted and signed; per route returns and refusals. Secret memos are in no figure.");

        reports.MapGet("/time-in-post.csv", async (string? days, TimeInPostAccess access, TimeInPostQuery query, HttpContext http) =>
                await access.MaySeeAsync() ? await TimeInPostDownload.CsvAsync(days, query, http) : Failure.NotFound("Report").ToProblem())
            .WithName("TimeInPostCsv").ProducesFile(TimeInPostCsv.ContentType)
            .WithSummary("The same figures as CSV for Excel (UTF-8 with BOM, CRLF).");
    }
}
