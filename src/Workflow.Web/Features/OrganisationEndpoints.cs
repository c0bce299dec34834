using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using static Workflow.Web.Features.UserScope;

namespace Workflow.Web.Features;

/// <summary>The organisation profile and its emblem for administrators, and the emblem for everyone (the memo sheet shows it).</summary>
public static class OrganisationEndpoints
{
    public static IServiceCollection AddOrganisationAdministration(this IServiceCollection services) =>
        services.AddAdminPolicy().AddSingleton<OrganisationProfile>().AddScoped<OrganisationSettings>().AddScoped<DepartmentCatalog>()
            .AddScoped<Pages.Support.SiteName>();

    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var organisation = app.MapAdminApi().MapGroup("/organisation")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        organisation.MapGet("", (OrganisationSettings settings) => Results.Ok(settings.Current))
            .Produces<OrganisationView>().WithName("GetOrganisation")
            .WithSummary("The organisation profile: names, letter code, address, telephone, time zone, register year basis, emblem hash, version.");

        organisation.MapPut("", (OrganisationInput? body, HttpContext http, OrganisationSettings settings) =>
                WithUser(http, async user => (await settings.UpdateAsync(body, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<OrganisationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).WithName("UpdateOrganisation")
            .WithSummary("Change the profile; send the version GET answered (409 when it has changed since). The time zone is an IANA id.");

        organisation.MapPut("/emblem", (HttpContext http, OrganisationSettings settings) =>
                WithUser(http, async user =>
                {
                    var png = await ReadEmblemAsync(http);
                    return png.Succeeded
                        ? (await settings.SetEmblemAsync(png.Value, AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)
                        : png.Failure.ToProblem();
                }))
            .DisableAntiforgery() // Bearer tokens only: there is no cross-site form to forge.
            .WithMetadata(new RequestSizeLimitAttribute(EmblemImage.MaxBytes + 64 * 1024))
            .Produces<OrganisationView>().ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithName("SetOrganisationEmblem")
            .WithSummary("Set the emblem (multipart/form-data, field 'file'): a PNG of at most 256 KB and 1024 × 1024 pixels, checked by content.");

        organisation.MapDelete("/emblem", (HttpContext http, OrganisationSettings settings) =>
                WithUser(http, async user => (await settings.RemoveEmblemAsync(AdminActor.Of(user), http.RequestAborted)).ToHttp(Results.Ok)))
            .Produces<OrganisationView>().WithName("RemoveOrganisationEmblem").WithSummary("Remove the emblem: memos then show none.");

        app.MapGet(OrganisationView.EmblemPath, (HttpContext http, OrganisationProfile profile) =>
            {
                if (profile.Emblem is not { } png || profile.Current.EmblemSha256 is not { } sha)
                    return Failure.NotFound("Emblem").ToProblem();
                http.Response.Headers.CacheControl = "public, max-age=3600";
                return Results.File(png, "image/png", entityTag: new EntityTagHeaderValue($"\"{sha}\""));
            })
            .AllowAnonymous().WithTags("Public site")
            .ProducesFile("image/png").Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("GetOrganisationEmblem")
            .WithSummary("The organisation's emblem (PNG), cacheable: its ETag is its SHA-256.");
    }

    private static async Task<Outcome<byte[]>> ReadEmblemAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
            return new Failure(StatusCodes.Status415UnsupportedMediaType, "multipart-required", "Send the PNG as multipart/form-data in a field named 'file'.", "file");
        if (http.Request.ContentLength > EmblemImage.MaxBytes + 64 * 1024)
            return EmblemImage.TooLarge();
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        // Over the size limit Kestrel throws its own IOException, answered 413 by the exception handler.
        catch (Exception e) when (e is InvalidDataException || (e is IOException and not BadHttpRequestException && !http.RequestAborted.IsCancellationRequested))
        {
            return Failure.Invalid("file", "The multipart/form-data body is malformed (no boundary, or cut short).");
        }

        if (form.Files.GetFile("file") is not { } file)
            return Failure.Invalid("file", "Send the PNG in a form field named 'file'.");
        await using var stream = file.OpenReadStream();
        return await EmblemImage.ReadAsync(stream, http.RequestAborted);
    }
}
