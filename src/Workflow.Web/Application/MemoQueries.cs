using Microsoft.EntityFrameworkCore;
using Workflow.Core.Audit;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Core.Routes;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Application;

/// <summary>Read side: inbox, my submissions, one document with its history, and the audit check.</summary>
public sealed class MemoQueries(WorkflowDbContext db, RouteRegistry routes, RegisterNumberAllocator calendar, TimeProvider clock)
{
    private static readonly ActionKind[] AllActions = Enum.GetValues<ActionKind>();

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(CurrentUser user, int limit, CancellationToken ct)
    {
        var positions = user.PositionKeys.ToList();
        var now = clock.GetUtcNow();
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.WaitingFor != null && positions.Contains(d.WaitingFor))
            .OrderBy(d => d.WaitingSince).Take(limit)
            .Select(d => new { d.Id, d.RegisterNumber, d.Subject, d.AuthorName, d.WaitingFor, d.WaitingSince })
            .ToListAsync(ct);
        return rows.Select(r => new InboxItem(r.Id, r.RegisterNumber, r.Subject, r.AuthorName, Position(r.WaitingFor!),
            r.WaitingSince!.Value, Math.Round((now - r.WaitingSince.Value).TotalSeconds, 1))).ToList();
    }

    public Task<int> InboxCountAsync(CurrentUser user, CancellationToken ct)
    {
        var positions = user.PositionKeys.ToList();
        return db.Documents.AsNoTracking().CountAsync(d => d.WaitingFor != null && positions.Contains(d.WaitingFor), ct);
    }

    public async Task<IReadOnlyList<SubmissionItem>> SubmissionsAsync(CurrentUser user, int limit, CancellationToken ct)
    {
        var rows = await db.Documents.AsNoTracking().Where(d => d.AuthorId == user.Id)
            .OrderByDescending(d => d.CreatedAt).Take(limit)
            .Select(d => new { d.Id, d.RegisterNumber, d.Subject, d.Status, d.WaitingFor, d.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new SubmissionItem(r.Id, r.RegisterNumber, r.Subject, r.Status.ToString(),
            r.WaitingFor is null ? null : Position(r.WaitingFor), r.UpdatedAt)).ToList();
    }

    /// <summary>The document if this user may read it; otherwise null (an unreadable document is reported as not found).</summary>
    public async Task<(Document Doc, RouteDefinition Route)?> FindReadableAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, ct);
        var route = doc is null ? null : routes.ByHash(doc.RouteHash);
        return doc is null || route is null || !ReadAccess.CanRead(route, doc.AuthorId, doc.HighestStepReached, user.Actor) ? null : (doc, route);
    }

    public async Task<Outcome<DocumentView>> DocumentAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        if (await FindReadableAsync(id, user, ct) is not var (doc, route))
            return Failure.NotFound("Document");
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        return ToView(doc, route, history, user);
    }

    public async Task<Outcome<AuditVerification>> VerifyAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        if (await FindReadableAsync(id, user, ct) is not var (doc, _))
            return Failure.NotFound("Document");
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.DocumentId == id).ToListAsync(ct);
        var broken = AuditChain.Verify(entries.Select(e => e.ToStored()))
            ?? AuditChain.VerifyHead(entries.Select(e => e.ToStored()), doc.AuditCount, doc.AuditHead)
            ?? StateMatchesLastEntry(doc, entries);
        return new AuditVerification(id, broken is null, entries.Count, broken?.Sequence, broken?.Reason);
    }

    /// <summary>The document's state must be where its last audited action left it (a trail cut back to an
    /// earlier entry, with the anchor rewound too, still leaves a Signed memo whose trail ends on an endorsement).</summary>
    private static ChainBreak? StateMatchesLastEntry(Document doc, List<AuditEntry> entries)
    {
        var last = entries.MaxBy(e => e.Sequence);
        var expected = last?.ToStatus ?? DocumentStatus.Draft;
        return expected == doc.Status ? null
            : new ChainBreak(last?.Sequence ?? 1, $"the document is {doc.Status} but its last audited action left it {expected}");
    }

    public DocumentView ToView(Document doc, RouteDefinition route, IReadOnlyList<AuditEntry> history, CurrentUser? user)
    {
        var steps = route.Steps.Select(s => new StepView(s.Index, Position(s.Position), s.Kind.ToString(), StepState(doc, s.Index))).ToList();
        var allowed = user is null ? [] : AllActions
            .Where(a => RouteEngine.Decide(route, doc.State, doc.AuthorId, user.Actor, a, "-").IsAllowed)
            .Select(a => a.ToString()).ToList();
        return new DocumentView(doc.Id, doc.RouteId, doc.RouteVersion, doc.Status.ToString(), doc.RegisterNumber, doc.MemoDate,
            doc.MemoDate is { } d ? ThaiDate.Format(d) : null, doc.Issuer, doc.Subject, doc.Salutation, doc.Body, doc.AuthorName,
            Position(doc.AuthorPosition), doc.Round, doc.WaitingFor is null ? null : Position(doc.WaitingFor), doc.WaitingSince, doc.Version,
            doc.Attachments.OrderBy(a => a.UploadedAt).Select(a => new AttachmentView(a.Id, SafeFileName.EndingInPdf(a.FileName), a.Size, a.Sha256,
                $"/api/documents/{doc.Id}/attachments/{a.Id}")).ToList(),
            steps, history.Select(ToView).ToList(), allowed);
    }

    private HistoryEntryView ToView(AuditEntry a)
    {
        var date = calendar.LocalDate(a.At);
        var actedFor = Position(a.ActedFor);
        var addressed = a.AddressedTo is null ? null : Position(a.AddressedTo);
        return new HistoryEntryView(a.Sequence, a.Action.ToString(), a.At, ThaiDate.Format(date), a.UserName, actedFor,
            a.Capacity.ToString(), a.Note, addressed, a.Round, a.Step,
            MarginalNote.Lines(a.Action, addressed?.Th, a.Note, a.UserName, actedFor.Th, a.Capacity, date));
    }

    private static string StepState(Document doc, int index) => doc.Status switch
    {
        DocumentStatus.Signed => "done",
        DocumentStatus.InRoute when index < doc.CurrentStep => "done",
        DocumentStatus.InRoute when index == doc.CurrentStep => "current",
        DocumentStatus.Refused when index < doc.CurrentStep => "done",
        DocumentStatus.Refused when index == doc.CurrentStep => "refused",
        _ => "pending",
    };

    public RouteDefinition RouteOf(Document doc) =>
        routes.ByHash(doc.RouteHash) ?? throw new InvalidOperationException($"Route {doc.RouteHash} is not loaded.");

    public PositionView Position(string key)
    {
        var p = routes.Catalog.PositionOf(key);
        return new PositionView(p.Key, p.TitleTh, p.TitleEn);
    }
}
