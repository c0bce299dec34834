using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The departments (ส่วนราชการ) for administrators: list, read, create, edit, delete (refused while anyone belongs).</summary>
public static class DepartmentEndpoints
{
    public static void MapDepartmentEndpoints(this IEndpointRouteBuilder app)
    {
        var departments = app.MapAdminApi().MapGroup("/departments")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        departments.MapGet("", async (DepartmentCatalog catalog, CancellationToken ct) => Results.Ok(await catalog.ListAsync(ct)))
            .Produces<IReadOnlyList<DepartmentView>>().WithName("ListDepartments")
            .WithSummary("Every department with its issuing line and how many people belong to it.");

        departments.MapGet("/{key}", async (string key, DepartmentCatalog catalog, CancellationToken ct) =>
                await catalog.FindAsync(key, ct) is { } d ? Results.Ok(d) : Failure.NotFound("Department").ToProblem())
            .Produces<DepartmentView>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetDepartment")
            .WithSummary("One department.");

        departments.MapPost("", (DepartmentInput? body, HttpContext http, DepartmentCatalog catalog) =>
                WithUser(http, async user => (await catalog.CreateAsync(body, AdminActor.Of(user), http.RequestAborted))
                    .ToHttp(d => Results.Created($"{AdminPolicy.Prefix}/departments/{d.Key}", d))))
            .Produces<DepartmentView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("CreateDepartment")
            .WithSummary("Create a department: key (lowercase letters, digits, hyphens; never changes), Thai and English names, issuing line.");

        departments.MapPut("/{key}", (string key, DepartmentInput? body, HttpContext http, DepartmentCatalog catalog) =>
                WithUser(http, async user => (await catalog.UpdateAsync(key, body, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<DepartmentView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("UpdateDepartment")
            .WithSummary("Change a department's names and issuing line; send the version it was read at (409 when it has changed since).");

        departments.MapDelete("/{key}", (string key, int? version, HttpContext http, DepartmentCatalog catalog) =>
                WithUser(http, async user => (await catalog.DeleteAsync(key, version, AdminActor.Of(user), http.RequestAborted))
                    .ToHttp(_ => Results.NoContent())))
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict).WithName("DeleteDepartment")
            .WithSummary("Delete a department: 409 while anyone belongs to it; ?version=n refuses it (409) if it has changed.");
    }
}
