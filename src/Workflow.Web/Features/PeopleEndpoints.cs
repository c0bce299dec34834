using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflow.Web.Administration;
using Workflow.Web.Administration.People;
using Workflow.Web.Administration.People.Import;
using Workflow.Web.Application;
using Workflow.Web.Data;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>/api/admin/people: the municipality's people and their accounts, and the CSV import (ADR 17).</summary>
public static class PeopleEndpoints
{
    /// <summary>The people services, the must-change-password claim, and the cookie's immediate session check.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddAdminPolicy();
        services.AddScoped<People>();
        services.AddScoped<PersonAccounts>();
        services.AddScoped<PeopleImport>();
        services.AddScoped<InputMessages>();
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<AppUser>, AccountGateClaims>());
        return services.AddCookieSessionCheck();
    }

    public static void MapPeopleEndpoints(this IEndpointRouteBuilder app)
    {
        var people = app.MapAdminApi().MapGroup("/people").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        people.MapGet("", async (string? q, int? page, int? pageSize, People people, CancellationToken ct) =>
                Results.Ok(await people.ListAsync(q, page ?? 1, pageSize ?? 50, ct)))
            .Produces<PeoplePage>().WithName("ListPeople").WithSummary("People, by user name; q searches name, user name, personal title and e-mail. pageSize up to 200.");

        people.MapGet("/{id}", async (string id, People people, CancellationToken ct) =>
                await people.GetAsync(id, ct) is { } person ? Results.Ok(person) : PersonFailures.NotFound.ToProblem())
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetPerson").WithSummary("One person; version is what an update sends back.");

        people.MapPost("", (PersonInput? body, HttpContext http, InputMessages messages, People people) =>
                WithUser(http, async user => messages.Check(body) is { } invalid
                    ? invalid.ToProblem()
                    : (await people.CreateAsync(body!, AdminActor.Of(user), http.RequestAborted)).ToHttp(p => Results.Created($"/api/admin/people/{p.Id}", p))))
            .Produces<PersonView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("CreatePerson").WithSummary("Create a person (no password yet: set a temporary one). A user name already taken answers 409 naming userName.");

        people.MapPut("/{id}", (string id, PersonInput? body, HttpContext http, InputMessages messages, People people) =>
                WithUser(http, async user => messages.Check(body) is { } invalid
                    ? invalid.ToProblem()
                    : (await people.UpdateAsync(id, body!, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdatePerson").WithSummary("Edit a person; send the version GET answered (409 when someone changed them since).");

        people.MapPost("/{id}/deactivate", (string id, HttpContext http, PersonAccounts accounts) =>
                WithUser(http, async user => (await accounts.DeactivateAsync(id, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("DeactivatePerson").WithSummary("Deactivate: the person cannot sign in and every session ends at once. The last active administrator is refused (409).");

        people.MapPost("/{id}/reactivate", (string id, HttpContext http, PersonAccounts accounts) =>
                WithUser(http, async user => (await accounts.ReactivateAsync(id, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ReactivatePerson").WithSummary("Reactivate a deactivated person.");

        people.MapPost("/{id}/password", (string id, PersonRequests.TemporaryPassword? body, HttpContext http, PersonAccounts accounts) =>
                WithUser(http, async user => RequestValidation.Validate(body) is { } invalid
                    ? invalid.ToProblem()
                    : (await accounts.SetTemporaryPasswordAsync(id, body!.Password!, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetTemporaryPassword").WithSummary("Set a temporary password (the password rules apply); ends the person's sessions; they must change it at next sign-in.");

        people.MapDelete("/{id}/second-factor", (string id, HttpContext http, PersonAccounts accounts) =>
                WithUser(http, async user => (await accounts.ResetSecondFactorAsync(id, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ResetSecondFactor").WithSummary("Reset the person's second factor (authenticator and recovery codes); ends their sessions; they set it up again at next sign-in.");

        people.MapPut("/{id}/administrator", (string id, PersonRequests.Administrator? body, HttpContext http, PersonAccounts accounts) =>
                WithUser(http, async user => RequestValidation.Validate(body) is { } invalid
                    ? invalid.ToProblem()
                    : (await accounts.SetAdministratorAsync(id, body!.IsAdministrator!.Value, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<PersonView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetAdministrator").WithSummary("Grant or revoke the Administrator role (revoking ends their sessions). The last active administrator is refused (409).");

        people.MapPost("/import", (bool? dryRun, HttpContext http, PeopleImport import) =>
                WithUser(http, async user =>
                {
                    var file = await ReadFileAsync(http);
                    if (!file.Succeeded)
                        return file.Failure.ToProblem();
                    if (dryRun == true)
                    {
                        var (preview, refusal) = await import.PreviewAsync(file.Value, InputMessages.English, http.RequestAborted);
                        return refusal is null ? Results.Ok(preview) : refusal.ToFailure().ToProblem();
                    }

                    return (await import.ImportAsync(file.Value, AdminActor.Of(user), InputMessages.English, http.RequestAborted)).ToHttp(Results.Ok);
                }))
            .DisableAntiforgery() // bearer tokens only, as every API call: there is no cross-site form to forge.
            .WithMetadata(new RequestSizeLimitAttribute(PeopleCsv.MaxBytes + 64 * 1024))
            .Produces<ImportResult>().Produces<ImportPreview>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("ImportPeople").WithSummary("Import people from CSV UTF-8 (multipart, field 'file'); ?dryRun=true answers the preview. Any row in error: nothing is imported.");
    }


    private static async Task<Outcome<byte[]>> ReadFileAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
            return new Failure(StatusCodes.Status415UnsupportedMediaType, "multipart-required", "Send the file as multipart/form-data in a field named 'file'.", "file");
        if (http.Request.ContentLength > PeopleCsv.MaxBytes + 64 * 1024)
            return PeopleCsv.TooLarge().ToFailure();
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return Failure.Invalid("file", "The multipart/form-data body is malformed.");
        }

        if (form.Files.GetFile("file") is not { } file)
            return Failure.Invalid("file", "Send the file in a form field named 'file'.");
        if (file.Length > PeopleCsv.MaxBytes)
            return PeopleCsv.TooLarge().ToFailure();
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, http.RequestAborted);
        return buffer.ToArray();
    }
}
