using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The post catalogue for administrators (/api/admin/posts), the same service as the /admin/posts pages.</summary>
public static class PostEndpoints
{
    public static IServiceCollection AddPosts(this IServiceCollection services) =>
        services.AddScoped<PostCatalogue>().AddScoped<LocalizedValidation>().AddScoped<RegisterAccess>();

    public static void MapPostEndpoints(this IEndpointRouteBuilder app)
    {
        var posts = app.MapAdminApi().MapGroup("/posts")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        posts.MapGet("", async (PostCatalogue catalogue, CancellationToken ct) => Results.Ok(await catalogue.ListAsync(ct)))
            .WithName("ListPosts").Produces<IReadOnlyList<PostView>>()
            .WithSummary("Every post (ตำแหน่ง) with its titles, its register right and the routes that name it.");

        posts.MapGet("/{key}", async (string key, PostCatalogue catalogue, CancellationToken ct) =>
                await catalogue.FindAsync(key, ct) is { } post ? Results.Ok(post) : Failure.NotFound("Post").ToProblem())
            .WithName("GetPost").Produces<PostView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One post.");

        posts.MapPost("", (PostInput? body, HttpContext http, LocalizedValidation validation, PostCatalogue catalogue) =>
                WithUser(http, async user =>
                {
                    if (validation.Validate(body) is { } invalid)
                        return invalid.ToProblem();
                    var created = await catalogue.CreateAsync(body!, AdminActor.Of(user), http.RequestAborted);
                    return created.ToHttp(p => Results.Created($"/api/admin/posts/{p.Key}", p));
                }))
            .WithName("CreatePost").Produces<PostView>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Create a post: a key as route files write it (a-z, 0-9, -), Thai and English titles, the title as written on memos.");

        posts.MapPut("/{key}", (string key, PostInput? body, HttpContext http, LocalizedValidation validation, PostCatalogue catalogue) =>
                WithUser(http, async user =>
                {
                    if (validation.Validate(body) is { } invalid)
                        return invalid.ToProblem();
                    var updated = await catalogue.UpdateAsync(key, body!, AdminActor.Of(user), http.RequestAborted);
                    return updated.ToHttp(Results.Ok);
                }))
            .WithName("UpdatePost").Produces<PostView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Retitle a post or change its register right; send the version you read (stale: 409). The key never changes.");

        posts.MapDelete("/{key}", (string key, int? version, HttpContext http, PostCatalogue catalogue) =>
                WithUser(http, async user =>
                {
                    var removed = await catalogue.RemoveAsync(key, version, AdminActor.Of(user), http.RequestAborted);
                    return removed.ToHttp(_ => Results.NoContent());
                }))
            .WithName("DeletePost").Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove a post nothing names: no route version ever loaded and no assignment (else 409).");
    }
}
