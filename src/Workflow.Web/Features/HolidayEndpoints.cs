using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The holiday list for administrators: list, add and remove holidays, add and remove covered Buddhist Era years.</summary>
public static class HolidayEndpoints
{
    public static void MapHolidayEndpoints(this IEndpointRouteBuilder app)
    {
        var holidays = app.MapAdminApi().MapGroup("/holidays").ProducesStorageProblem();

        holidays.MapGet("", async (HolidayCatalog catalog, CancellationToken ct) => Results.Ok(await catalog.ListAsync(ct)))
            .Produces<HolidayListView>().WithName("ListHolidays")
            .WithSummary("The Buddhist Era years the holiday list covers and its holidays by date; weekend days are noted.");

        holidays.MapPost("", (HolidayInput? body, HttpContext http, HolidayCatalog catalog) =>
                WithUser(http, async user => (await catalog.AddAsync(body, AdminActor.Of(user), http.RequestAborted))
                    .ToHttp(h => Results.Created($"{AdminPolicy.Prefix}/holidays/{HolidayCatalog.Id(h.Date)}", h))))
            .Produces<HolidayView>(StatusCodes.Status201Created).ProducesJsonBodyProblems()
            .ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("AddHoliday")
            .WithSummary("Add a holiday: date (yyyy-MM-dd, Common Era, in a covered year), Thai name, optional English name. Counts for memos arriving afterwards.");

        holidays.MapDelete("/{date}", (string date, HttpContext http, HolidayCatalog catalog) =>
                WithUser(http, async user => (await catalog.RemoveAsync(date, AdminActor.Of(user), http.RequestAborted)).ToHttp(_ => Results.NoContent())))
            .Produces(StatusCodes.Status204NoContent).ProducesBindingProblem().ProducesNotFound()
            .WithName("RemoveHoliday").WithSummary("Remove the holiday of that date (yyyy-MM-dd).");

        holidays.MapPost("/years", (HolidayYearInput? body, HttpContext http, HolidayCatalog catalog) =>
                WithUser(http, async user => (await catalog.AddYearAsync(body, AdminActor.Of(user), http.RequestAborted))
                    .ToHttp(y => Results.Created($"{AdminPolicy.Prefix}/holidays/years/{y}", new HolidayYearView(y)))))
            .Produces<HolidayYearView>(StatusCodes.Status201Created).ProducesJsonBodyProblems().ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("AddHolidayYear")
            .WithSummary("Say the list covers a Buddhist Era year ({ \"yearBe\": 2571 }), before adding its holidays.");

        holidays.MapDelete("/years/{yearBe:int}", (int yearBe, HttpContext http, HolidayCatalog catalog) =>
                WithUser(http, async user => (await catalog.RemoveYearAsync(yearBe, AdminActor.Of(user), http.RequestAborted)).ToHttp(_ => Results.NoContent())))
            .Produces(StatusCodes.Status204NoContent).ProducesNotFound()
            .ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("RemoveHolidayYear")
            .WithSummary("Stop covering a year: 409 while it still holds holidays.");
    }
}
