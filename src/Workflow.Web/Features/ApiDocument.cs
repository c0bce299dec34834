using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Workflow.Web.Features;

/// <summary>
/// The OpenAPI document (/openapi/v1.json): every operation named (WithName) and its answers declared (<see cref="ApiResponses"/>).
/// Operations that need a bearer token say so, so that Swagger UI's "Authorize" sends the token from POST /api/auth/login.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "bearer";

    /// <summary>
    /// Documents a multipart/form-data body that the handler reads itself. Accepts() would say the same, but it also
    /// makes routing refuse another content type with a bare 415 before authentication and the handler's own answer.
    /// </summary>
    public static RouteHandlerBuilder DocumentsForm<TForm>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(TForm), null, ct) },
            },
        });

    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        // PasswordChange.Request and BearerTokens.Response would both be named by their bare type names.
        o.CreateSchemaReferenceId = type => type.Type is { IsNested: true, Name: "Request" or "Response" } nested
            ? nested.DeclaringType!.Name + nested.Name
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        o.AddSchemaTransformer((schema, context, _) =>
        {
            // ProblemMapping adds the code a script can switch on; ProblemDetails itself does not declare it.
            if (context.JsonTypeInfo.Type.IsAssignableTo(typeof(ProblemDetails)) && schema.Properties is { } properties)
                properties["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong, e.g. not-found, conflict, invalid, too-many-attempts." };
            return Task.CompletedTask;
        });
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken of POST /api/auth/login (or /api/auth/refresh).",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
            return Task.CompletedTask;
        });
    });
}
