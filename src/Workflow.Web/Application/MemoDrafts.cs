using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Core.Engine;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Application;

/// <summary>Writing a memo: create a draft on a route the author may start, edit it until it is submitted.</summary>
public sealed class MemoDrafts(WorkflowDbContext db, RouteRegistry routes, MemoAttachments attachments, TimeProvider clock)
{
    public Task<Outcome<Document>> CreateAsync(CurrentUser user, string? routeId, MemoFields fields, CancellationToken ct) =>
        CreateAsync(user, routeId, fields, null, ct);

    /// <summary>A new draft, with its first PDF when one is given: the file is read only once the user may start the route.</summary>
    public async Task<Outcome<Document>> CreateAsync(CurrentUser user, string? routeId, MemoFields fields, IFormFile? file, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(routeId))
            return Failure.Invalid("routeId", "routeId is required.");
        var route = routes.Catalog.Find(routeId);
        if (route is null)
            return Failure.Invalid("routeId", $"There is no route '{routeId}'.");
        var actor = user.ActorFor(route.Id);
        var asPosition = route.Submitters.Select(actor.For).FirstOrDefault(p => p is not null);
        if (asPosition is null)
            return Failure.Forbidden($"None of your positions may start route '{route.Id}'.");

        var now = clock.GetUtcNow();
        var doc = new Document
        {
            Id = Guid.CreateVersion7(now),
            RouteId = route.Id,
            RouteVersion = route.Version,
            RouteHash = route.ContentHash,
            AuthorId = user.Id,
            AuthorName = user.DisplayName,
            AuthorPosition = asPosition.Position,
            AuthorTitle = string.IsNullOrWhiteSpace(user.PersonalTitle) ? null : user.PersonalTitle.Trim(),
            Issuer = fields.Issuer.Trim(),
            Subject = fields.Subject.Trim(),
            Salutation = fields.Salutation.Trim(),
            Body = fields.Body.Trim(),
            Urgency = fields.Urgency,
            Secrecy = fields.Secrecy,
            Status = DocumentStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Documents.Add(doc);
        if (file is not null)
            return await attachments.SaveWithFileAsync(doc, file, ct);
        await db.SaveChangesAsync(ct);
        return doc;
    }

    public Task<Outcome<Document>> UpdateAsync(Guid id, CurrentUser user, MemoFields fields, int? expectedVersion, CancellationToken ct) =>
        UpdateAsync(id, user, fields, expectedVersion, null, ct);

    /// <summary>The edited fields, and a further PDF when one is given, saved together once the version and the author are checked.</summary>
    public async Task<Outcome<Document>> UpdateAsync(Guid id, CurrentUser user, MemoFields fields, int? expectedVersion, IFormFile? file, CancellationToken ct)
    {
        var found = await FindEditableAsync(id, user, expectedVersion, ct);
        if (!found.Succeeded)
            return found.Failure;
        var doc = found.Value;
        doc.Issuer = fields.Issuer.Trim();
        doc.Subject = fields.Subject.Trim();
        doc.Salutation = fields.Salutation.Trim();
        doc.Body = fields.Body.Trim();
        doc.Urgency = fields.Urgency;
        var sealing = !SecrecyRules.IsSecret(doc.Secrecy) && SecrecyRules.IsSecret(fields.Secrecy);
        doc.Secrecy = fields.Secrecy;
        if (sealing && await attachments.SealPlainFilesAsync(doc, ct) is { } sealFailure)
            return sealFailure;
        if (file is not null)
            return await attachments.SaveWithFileAsync(doc, file, ct);
        doc.UpdatedAt = clock.GetUtcNow();
        doc.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("The document was changed at the same moment. Reload and try again.");
        }

        return doc;
    }

    /// <summary>Takes an attachment off the author's draft or returned memo, checked like an edit.</summary>
    public async Task<Outcome<Document>> RemoveAttachmentAsync(Guid id, CurrentUser user, Guid attachmentId, int? expectedVersion, CancellationToken ct)
    {
        var found = await FindEditableAsync(id, user, expectedVersion, ct);
        return found.Succeeded ? await attachments.RemoveAsync(found.Value, attachmentId, ct) : found.Failure;
    }

    /// <summary>The author's document in a state the author may still change (draft, or returned to them).</summary>
    public async Task<Outcome<Document>> FindEditableAsync(Guid id, CurrentUser user, int? expectedVersion, CancellationToken ct)
    {
        var doc = await db.Documents.Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, ct);
        var route = doc is null ? null : routes.ByHash(doc.RouteHash);
        if (doc is null || route is null)
            return Failure.NotFound("Document");
        var actor = user.ActorFor(doc.RouteId);
        if (!ReadAccess.CanRead(route, doc.AuthorId, doc.HighestStepReached, actor, await db.ActedOnItAsync(doc, route, actor, ct)))
            return Failure.NotFound("Document");
        if (doc.AuthorId != user.Id)
            return Failure.Forbidden("Only the author may change this document.");
        if (!doc.State.IsEditableByAuthor)
            return Failure.Conflict($"The document is {doc.Status}: only drafts and returned documents can be changed.");
        if (expectedVersion is { } v && v != doc.Version)
            return Failure.Conflict($"The document has changed (version {doc.Version}, you sent {v}). Reload and try again.");
        return doc;
    }
}
