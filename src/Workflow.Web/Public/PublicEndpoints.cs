using Workflow.Web.Application;
using Workflow.Web.Hosting;

namespace Workflow.Web.Public;

/// <summary>The public site's machine-readable side: JSON, the Atom feed and attachment downloads. No sign-in.</summary>
public static class PublicEndpoints
{
    public static void MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var pub = app.MapGroup("/public").AllowAnonymous().WithTags("Public site");

        pub.MapGet("/api/memos", async (PublicSite site, string? q, int? page, int? pageSize, CancellationToken ct) =>
            Results.Ok(await site.ListAsync(q, page ?? 1, pageSize ?? 20, ct)))
            .WithSummary("Published memos, newest first; q searches subject and register number.");

        pub.MapGet("/api/memos/{id:guid}", async (Guid id, PublicSite site, CancellationToken ct) =>
            await site.FindAsync(id, ct) is { } memo ? Results.Ok(memo) : Failure.NotFound("Published memo").ToProblem())
            .WithSummary("One published memo: the frozen snapshot with its SHA-256.");

        pub.MapGet("/feed.atom", async (HttpContext http, PublicSite site, PublicLinks links, CancellationToken ct) =>
        {
            var xml = AtomFeed.Write(await site.LatestAsync(50, ct), links.Base(http.Request), "บันทึกข้อความที่เผยแพร่");
            return Results.Text(xml, "application/atom+xml; charset=utf-8");
        }).WithSummary("Atom feed of the 50 latest published memos.");

        pub.MapGet("/memos/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, PublicSite site, AttachmentStore store, CancellationToken ct) =>
        {
            var attachment = (await site.FindAsync(id, ct))?.Memo.Attachments.FirstOrDefault(a => a.Id == attachmentId);
            return attachment is null
                ? Failure.NotFound("Attachment").ToProblem()
                : Results.File(store.OpenRead(attachment.Sha256), "application/pdf", SafeFileName.From(attachment.FileName));
        }).WithSummary("Download an attachment of a published memo.");
    }
}
