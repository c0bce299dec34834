using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>
/// Who holds which post: the administrator's /api/admin/assignments (holdings, acting orders, delegations, and who
/// acts for a post today), and /api/delegations, where a holder delegates their own post.
/// </summary>
public static class AssignmentEndpoints
{
    public static IServiceCollection AddAssignments(this IServiceCollection services)
    {
        services.AddAdminPolicy().AddScoped<AssignmentDirectory>().AddScoped<AssignmentAdmin>().AddScoped<HolderDelegations>()
            .AddScoped<Pages.Support.AssignmentChoices>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelBinderProviders.Insert(0, new Pages.Support.IsoDateBinderProvider()));
        return services;
    }

    public static void MapAssignmentEndpoints(this IEndpointRouteBuilder app)
    {
        MapAdministration(app.MapAdminApi().MapGroup("/assignments"));
        MapDelegations(app.MapGroup("/api/delegations").RequireAuthorization(ApiPolicy.Name).WithTags("Delegations"));
    }

    private static void MapAdministration(RouteGroupBuilder group)
    {
        group.MapGet("", async (string? person, string? position, AssignmentStatus? status, AssignmentDirectory directory, CancellationToken ct) =>
                Results.Ok(await directory.ListAsync(person, position, status, ct)))
            .WithName("ListAssignments").WithSummary("Assignments, newest first: filter by person (user name), post (key) and status (Current, Ended, Future).")
            .Produces<IReadOnlyList<AssignmentView>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);

        group.MapGet("/{id:guid}", async (Guid id, AssignmentDirectory directory, CancellationToken ct) =>
                (await directory.GetAsync(id, ct)).ToHttp(Results.Ok))
            .WithName("GetAssignment").WithSummary("One assignment with its audited history, newest first.")
            .Produces<AssignmentHistory>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        group.MapGet("/today", async (string position, AssignmentDirectory directory, CancellationToken ct) =>
                (await directory.TodayAsync(position, ct)).ToHttp(Results.Ok))
            .WithName("GetPostToday").WithSummary("Who acts for one post today: holders, acting holders by order, delegated persons.")
            .Produces<PostToday>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);

        group.MapPost("", (AssignmentRequest? body, HttpContext http, AssignmentAdmin admin) =>
                WithUser(http, async user => (await admin.CreateAsync(body, AdminActor.Of(user), http.RequestAborted))
                    .ToHttp(a => Results.Created($"/api/admin/assignments/{a.Id}", a))))
            .WithName("CreateAssignment").WithSummary("Record a holding, an acting order (its number and date required) or a delegation (from a holder of the post on its first day).")
            .Produces<AssignmentView>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403);

        group.MapPost("/{id:guid}/end", (Guid id, AssignmentEndRequest? body, HttpContext http, AssignmentAdmin admin) =>
                WithUser(http, async user => (await admin.EndAsync(id, body, AdminActor.Of(user), _ => true, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithName("EndAssignment").WithSummary("End an assignment early: set its last day, never before its first.")
            .Produces<AssignmentView>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        group.MapPut("/{id:guid}/order", (Guid id, AssignmentOrderRequest? body, HttpContext http, AssignmentAdmin admin) =>
                WithUser(http, async user => (await admin.SetOrderAsync(id, body, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .WithName("SetAssignmentOrder").WithSummary("Correct the order an assignment cites: its number (คำสั่งที่) and date.")
            .Produces<AssignmentView>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static void MapDelegations(RouteGroupBuilder group)
    {
        group.MapGet("", (HttpContext http, HolderDelegations delegations) =>
                WithUser(http, async user =>
                {
                    var (given, received) = await delegations.ListAsync(user, http.RequestAborted);
                    return Results.Ok(new DelegationList(given, received));
                }))
            .WithName("ListMyDelegations").WithSummary("The delegations I gave and those I received.")
            .Produces<DelegationList>().ProducesProblem(401);

        group.MapPost("", (DelegationRequest? body, HttpContext http, HolderDelegations delegations) =>
                WithUser(http, async user => (await delegations.GiveAsync(user, body, http.RequestAborted))
                    .ToHttp(a => Results.Created($"/api/delegations/{a.Id}", a))))
            .WithName("GiveDelegation").WithSummary("Delegate a post I hold (or act for) on the first day to another person (ปฏิบัติราชการแทน), optionally on some routes only.")
            .Produces<AssignmentView>(201).ProducesValidationProblem().ProducesProblem(401);

        group.MapPost("/{id:guid}/end", (Guid id, AssignmentEndRequest? body, HttpContext http, HolderDelegations delegations) =>
                WithUser(http, async user => (await delegations.EndAsync(user, id, body, http.RequestAborted)).ToHttp(Results.Ok)))
            .WithName("EndMyDelegation").WithSummary("End a delegation I gave: set its last day, never before its first.")
            .Produces<AssignmentView>().ProducesValidationProblem().ProducesProblem(401).ProducesProblem(404).ProducesProblem(409);
    }
}
