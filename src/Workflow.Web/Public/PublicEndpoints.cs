using Microsoft.AspNetCore.Http.Features;
using Workflow.Web.Application;
using Workflow.Web.Features;
using Workflow.Web.Hosting;

namespace Workflow.Web.Public;

/// <summary>The public site's machine-readable side: JSON, the Atom feed and attachment downloads. No sign-in.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var pub = app.MapGroup("/public").AllowAnonymous().WithTags("Public site").ProducesStorageProblem();

        pub.MapGet("/api/memos", async (PublicSite site, string? q, int? page, int? pageSize, CancellationToken ct) =>
            Results.Ok(await site.ListAsync(q, page ?? 1, pageSize ?? 20, ct)))
            .WithName("ListPublishedMemos").Produces<PublicPage>().ProducesBindingProblem()
            .WithSummary("Published memos, newest first; q searches subject and register number.");

        pub.MapGet("/api/memos/{id:guid}", async (Guid id, PublicSite site, CancellationToken ct) =>
            await site.FindAsync(id, ct) is { } memo ? Results.Ok(memo) : Failure.NotFound("Published memo").ToProblem())
            .WithName("GetPublishedMemo").Produces<PublicMemo>().ProducesNotFound()
            .WithSummary("One published memo: the frozen snapshot with its SHA-256.");

        pub.MapGet("/feed.atom", async (HttpContext http, PublicSite site, PublicLinks links, Administration.OrganisationProfile organisation, CancellationToken ct) =>
        {
            var name = organisation.Current.NameTh;
            var xml = AtomFeed.Write(await site.LatestAsync(50, ct), links.Base(http.Request), name.Length == 0 ? "บันทึกข้อความที่เผยแพร่" : $"บันทึกข้อความที่เผยแพร่ · {name}");
            return Results.Text(xml, "application/atom+xml; charset=utf-8");
        }).WithName("GetPublicFeed").ProducesFile("application/atom+xml").WithSummary("Atom feed of the 50 latest published memos.");

        pub.MapGet("/memos/{id:guid}/memo.pdf", async (Guid id, PublicSite site, PublicationFiles files, CancellationToken ct) =>
            await site.FindAsync(id, ct) is { Pdf: { } pdf } && files.Open(pdf.Sha256) is { } file
                ? Results.File(file, AttachmentStore.PdfContentType, pdf.FileName)
                : Failure.NotFound("Published PDF").ToProblem())
            .WithName("DownloadPublishedPdf").ProducesFile(AttachmentStore.PdfContentType).ProducesNotFound()
            .WithSummary("The sealed official PDF of a published memo, exactly as stored at publication (its SHA-256 is in the memo's JSON).");

        // Changes nothing and needs no session, so no anti-forgery token: a script can check a file as the page does.
        pub.MapPost("/api/verify", VerifyAsync)
            .WithName("VerifyPublication").Produces<VerifyAnswer>().ProducesBindingProblem().DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Whether a PDF (multipart field file) or a SHA-256 (field sha256) is a publication of this municipality, and whether its seal is intact.");

        pub.MapGet("/memos/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, PublicSite site, AttachmentSealing files, CancellationToken ct) =>
        {
            var attachment = (await site.FindAsync(id, ct))?.Memo.Attachments.FirstOrDefault(a => a.Id == attachmentId);
            return attachment is null
                ? Failure.NotFound("Attachment").ToProblem()
                : Results.File(await files.OpenPublishedAsync(attachment.Id, attachment.Sha256, ct), AttachmentStore.PdfContentType, SafeFileName.From(attachment.FileName));
        }).WithName("DownloadPublishedAttachment").ProducesFile(AttachmentStore.PdfContentType).ProducesNotFound().WithSummary("Download an attachment of a published memo.");
    }

    private static async Task<IResult> VerifyAsync(HttpRequest request, PublicationVerifier verifier, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Failure.Invalid("file", "Send a form (multipart/form-data) with a PDF in the field file, or a SHA-256 in the field sha256.").ToProblem();
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = verifier.MaxBytes + 64 * 1024 }, ct);
        }
        catch (InvalidDataException)
        {
            return new Failure(StatusCodes.Status413PayloadTooLarge, "too-large", $"The file is larger than {verifier.MaxBytes / 1024 / 1024} MB.", "file").ToProblem();
        }

        var outcome = form.Files.GetFile("file") is { } file
            ? await verifier.VerifyFileAsync(file.OpenReadStream(), ct)
            : await verifier.VerifyShaAsync(form["sha256"].ToString(), ct);
        return outcome.Succeeded ? Results.Ok(outcome.Value) : outcome.Failure.ToProblem();
    }
}
