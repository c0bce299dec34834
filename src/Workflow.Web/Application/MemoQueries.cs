using Microsoft.EntityFrameworkCore;
using Workflow.Core.Audit;
using Workflow.Core.Classification;
using Workflow.Core.Deadlines;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Core.Routes;
using Workflow.Web.Data;
using Workflow.Web.Routes;

namespace Workflow.Web.Application;

/// <summary>Read side: inbox, my submissions, one document with its history, and the audit check.</summary>
public sealed class MemoQueries(WorkflowDbContext db, RouteRegistry routes, PostTitles posts, RegisterNumberAllocator calendar, TimeProvider clock)
{
    private static readonly ActionKind[] RouteActions = Enum.GetValues<ActionKind>().Where(a => a != ActionKind.Declassify).ToArray();

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(CurrentUser user, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Most urgent first, then the longest waiting: the order of the inbox index (WaitingFor, Urgency DESC, WaitingSince).
        var rows = await WaitingFor(user)
            .OrderByDescending(d => d.Urgency).ThenBy(d => d.WaitingSince).Take(limit)
            .Select(d => new { d.Id, d.RegisterNumber, d.Subject, d.Urgency, d.Secrecy, d.AuthorName, d.WaitingFor, d.WaitingSince, d.DueAt })
            .ToListAsync(ct);
        return rows.Select(r => new InboxItem(r.Id, r.RegisterNumber, r.Subject, r.Urgency, r.Secrecy, r.AuthorName, Position(r.WaitingFor!),
            r.WaitingSince!.Value, Math.Round((now - r.WaitingSince.Value).TotalSeconds, 1), r.DueAt, Overdue.At(r.DueAt, now))).ToList();
    }

    public Task<int> InboxCountAsync(CurrentUser user, CancellationToken ct) => WaitingFor(user).CountAsync(ct);

    /// <summary>
    /// Memos waiting for a post the person may act for now (holder, acting, delegated), a post delegated only on some
    /// routes counting on those routes only. The assignments were read at this instant, so a lapsed one shows nothing.
    /// </summary>
    private IQueryable<Document> WaitingFor(CurrentUser user)
    {
        var everywhere = user.PositionKeys.ToList();
        var limited = user.RouteLimitedPosts;
        var documents = db.Documents.AsNoTracking();
        if (limited.Count == 0)
            return documents.Where(d => d.WaitingFor != null && everywhere.Contains(d.WaitingFor));
        // Keys and route ids never hold a space (their JSON Schemas), so "post route" names one pair; the IN on
        // WaitingFor keeps the inbox index in use.
        var any = everywhere.Concat(limited.Keys).ToList();
        var pairs = limited.SelectMany(p => p.Value.Select(route => p.Key + " " + route)).ToList();
        return documents.Where(d => d.WaitingFor != null && any.Contains(d.WaitingFor)
            && (everywhere.Contains(d.WaitingFor) || pairs.Contains(d.WaitingFor + " " + d.RouteId)));
    }

    public async Task<IReadOnlyList<SubmissionItem>> SubmissionsAsync(CurrentUser user, int limit, CancellationToken ct)
    {
        var rows = await db.Documents.AsNoTracking().Where(d => d.AuthorId == user.Id)
            .OrderByDescending(d => d.CreatedAt).Take(limit)
            .Select(d => new { d.Id, d.RegisterNumber, d.Subject, d.Urgency, d.Secrecy, d.Status, d.WaitingFor, d.UpdatedAt })
            .ToListAsync(ct);
        return rows.Select(r => new SubmissionItem(r.Id, r.RegisterNumber, r.Subject, r.Urgency, r.Secrecy, r.Status.ToString(),
            r.WaitingFor is null ? null : Position(r.WaitingFor), r.UpdatedAt)).ToList();
    }

    /// <summary>The document if this user may read it; otherwise null (an unreadable document is reported as not found).</summary>
    public async Task<(Document Doc, RouteDefinition Route)?> FindReadableAsync(Guid id, CurrentUser user, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, ct);
        var route = doc is null ? null : routes.ByHash(doc.RouteHash);
        if (doc is null || route is null)
            return null;
        var actor = user.ActorFor(doc.RouteId);
        return ReadAccess.CanRead(route, doc.AuthorId, doc.HighestStepReached, actor, await db.ActedOnItAsync(doc, route, actor, ct)) ? (doc, route) : null;
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
        var actor = user?.ActorFor(doc.RouteId);
        var signature = history.LastOrDefault(a => a.Action == ActionKind.Sign);
        var allowed = actor is null ? [] : RouteActions
            .Where(a => RouteEngine.Decide(route, doc.State, doc.AuthorId, actor, a, "-").IsAllowed)
            .Select(a => a.ToString()).ToList();
        // ToView is only ever made for a reader of the memo (or with no user), so reading is settled here.
        if (actor is not null && Declassification.Decide(route, doc.State, doc.Secrecy, doc.AuthorId, actor,
                signature is null ? null : (signature.UserId, signature.ActedFor), "-", actedOnIt: true).IsAllowed)
            allowed.Add(nameof(ActionKind.Declassify));
        return new DocumentView(doc.Id, doc.RouteId, doc.RouteVersion, doc.Status.ToString(), doc.Urgency, doc.Secrecy, doc.RegisterNumber, doc.MemoDate,
            doc.MemoDate is { } d ? ThaiDate.Format(d) : null, doc.Issuer, doc.Subject, doc.Salutation, doc.Body, doc.AuthorName,
            Position(doc.AuthorPosition), doc.AuthorTitle ?? Position(doc.AuthorPosition).Th, doc.Round,
            doc.WaitingFor is null ? null : Position(doc.WaitingFor), doc.WaitingSince, doc.Version,
            doc.Attachments.OrderBy(a => a.UploadedAt).Select(a => new AttachmentView(a.Id, SafeFileName.EndingInPdf(a.FileName), a.Size, a.Sha256,
                $"/api/documents/{doc.Id}/attachments/{a.Id}")).ToList(),
            steps, history.Select(ToView).ToList(), allowed,
            doc.Status == DocumentStatus.Signed && !SecrecyRules.MayPublish(doc.Secrecy),
            doc.DueAt, Overdue.At(doc.DueAt, clock.GetUtcNow()));
    }

    private HistoryEntryView ToView(AuditEntry a)
    {
        var date = calendar.LocalDate(a.At);
        var actedFor = Position(a.ActedFor);
        var addressed = a.AddressedTo is null ? null : Position(a.AddressedTo);
        var signer = new Signatory(a.UserName, a.PersonalTitle, actedFor.MemoTitle, a.Capacity, a.OrderNumber);
        return new HistoryEntryView(a.Sequence, a.Action.ToString(), a.At, ThaiDate.Format(date), a.UserName, a.PersonalTitle, actedFor,
            a.Capacity.ToString(), a.OrderNumber, a.Note, addressed, a.Round, a.Step,
            MarginalNote.Lines(a.Action, addressed?.MemoTitle, a.Note, signer, date), a.SecondFactor);
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

    public PositionView Position(string key) => posts.Of(key);
}
