using Microsoft.EntityFrameworkCore;
using Workflow.Core.Audit;
using Workflow.Core.Classification;
using Workflow.Core.Engine;
using Workflow.Web.Data;
using Workflow.Web.Deadlines;
using Workflow.Web.Infrastructure;
using Workflow.Web.Messaging;
using Workflow.Web.Routes;
using Workflow.Web.SecondFactor;
using Workflow.Web.Telemetry;

namespace Workflow.Web.Application;

/// <summary>
/// The one write path for route actions: load, ask the engine, apply, and commit state, audit entry and
/// outbox row in one transaction; then wake the dispatcher. A refused or conflicting action changes nothing.
/// </summary>
public sealed class MemoActions(
    WorkflowDbContext db,
    RouteRegistry routes,
    RegisterNumberAllocator numbers,
    OutboxSignal outbox,
    WaitClock waits,
    SignatureStepUp stepUp,
    TimeProvider clock,
    WorkflowMetrics metrics,
    ILogger<MemoActions> log)
{
    // Every action starts here: compiled once rather than translated from its expression tree each time.
    private static readonly CompiledQuery<Func<WorkflowDbContext, Guid, CancellationToken, Task<Document?>>> Load = new(() =>
        EF.CompileAsyncQuery((WorkflowDbContext db, Guid id, CancellationToken ct) => db.Documents.FirstOrDefault(d => d.Id == id)));

    public async Task<Outcome<Document>> ActAsync(Guid id, CurrentUser user, ActionKind action, string? note, int? expectedVersion, CancellationToken ct,
        string? secondFactorCode = null)
    {
        var doc = await Load.For(db)(db, id, ct);
        var route = doc is null ? null : routes.ByHash(doc.RouteHash);
        if (doc is null || route is null)
            return Failure.NotFound("Document");
        // A delegation limited to some routes counts on this document's route only.
        var actor = user.ActorFor(doc.RouteId);
        var actedOnIt = await db.ActedOnItAsync(doc, route, actor, ct);
        // Reading decides first, before the version check: a 409 would tell someone who may not read it that it exists.
        if (!ReadAccess.CanRead(route, doc.AuthorId, doc.HighestStepReached, actor, actedOnIt))
            return Failure.NotFound("Document");
        if (expectedVersion is { } v && v != doc.Version)
            return Failure.Conflict($"The document has changed (version {doc.Version}, you sent {v}). Reload and try again.");

        var result = action == ActionKind.Declassify
            ? Declassification.Decide(route, doc.State, doc.Secrecy, doc.AuthorId, actor, await SignatureOfAsync(id, ct), note, actedOnIt)
            : RouteEngine.Decide(route, doc.State, doc.AuthorId, actor, action, note, actedOnIt);
        if (!result.IsAllowed)
            return Failure.From(result.Refusal);

        var decision = result.Decision;
        // Asked only once the engine allows the signature: a refused or unreadable memo answers as before.
        var secondFactor = false;
        if (decision.Action == ActionKind.Sign)
        {
            var confirmed = await stepUp.ConfirmAsync(user, secondFactorCode, ct);
            if (!confirmed.Succeeded)
                return confirmed.Failure;
            secondFactor = confirmed.Value;
        }

        var now = clock.GetUtcNow();
        var from = doc.State;
        try
        {
            // BEGIN IMMEDIATE: the register number, state, audit entry and outbox row commit together or not at all.
            using var turn = await SqliteWriteGate.EnterAsync(db, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            Apply(doc, decision, now);
            await waits.StartAsync(db, doc, route, ct);
            if (decision.Action == ActionKind.Submit && doc.RegisterNumber is null)
            {
                doc.MemoDate = numbers.LocalDate(now);
                (doc.RegisterNumber, doc.RegisterYear) = await numbers.AllocateAsync(db, doc.MemoDate.Value, ct);
            }

            var audit = NewAuditEntry(doc, decision, user, from, now, doc.AuditCount, doc.AuditHead ?? AuditChain.Genesis, secondFactor);
            doc.AuditCount = audit.Sequence;
            doc.AuditHead = audit.Hash;
            db.AuditEntries.Add(audit);
            db.Enqueue(DocumentEventFactory.Create(decision, doc, audit), now);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
        {
            log.LogInformation("Action {Action} on {DocumentId} lost a race", action, id);
            return Failure.Conflict("The document was changed by someone else at the same moment. Reload and try again.");
        }

        outbox.Wake();
        metrics.ActionApplied(decision.Action);
        log.LogInformation("{Action} on {DocumentId} by {UserId} for {Position} ({Capacity}, order {OrderNumber}): {From} → {To}",
            action, id, user.Id, decision.ActedFor, decision.Capacity, decision.OrderNumber, from.Status, doc.Status);
        return doc;
    }

    private static void Apply(Document doc, Decision d, DateTimeOffset now)
    {
        doc.Status = d.NewState.Status;
        doc.CurrentStep = d.NewState.CurrentStep;
        doc.Round = d.NewState.Round;
        doc.HighestStepReached = d.NewState.HighestStepReached;
        doc.WaitingFor = doc.Status == DocumentStatus.InRoute ? d.NextPosition : null;
        doc.WaitingSince = doc.WaitingFor is null ? null : now;
        doc.UpdatedAt = now;
        doc.Version++;
        if (d.Action == ActionKind.Declassify)
            doc.Secrecy = Secrecy.None;
    }

    private async Task<(string UserId, string Post)?> SignatureOfAsync(Guid id, CancellationToken ct)
    {
        var signed = await db.AuditEntries.AsNoTracking().Where(a => a.DocumentId == id && a.Action == ActionKind.Sign)
            .OrderByDescending(a => a.Sequence).Select(a => new { a.UserId, a.ActedFor }).FirstOrDefaultAsync(ct);
        return signed is null ? null : (signed.UserId, signed.ActedFor);
    }

    private static AuditEntry NewAuditEntry(Document doc, Decision d, CurrentUser user, RouteState from, DateTimeOffset now, int lastSequence, string previousHash,
        bool secondFactor)
    {
        var entry = new AuditEntry
        {
            Format = AuditChain.CurrentFormat,
            DocumentId = doc.Id,
            Sequence = lastSequence + 1,
            Action = d.Action,
            UserId = user.Id,
            UserName = user.DisplayName,
            ActedFor = d.ActedFor,
            Capacity = d.Capacity,
            OrderNumber = d.OrderNumber,
            PersonalTitle = string.IsNullOrWhiteSpace(user.PersonalTitle) ? null : user.PersonalTitle,
            At = now,
            SecondFactor = secondFactor,
            Note = d.Note,
            AddressedTo = d.Action == ActionKind.Endorse ? d.NextPosition : null,
            FromStatus = from.Status,
            ToStatus = d.NewState.Status,
            Round = d.NewState.Round,
            Step = from.CurrentStep,
            PreviousHash = previousHash,
            Hash = "",
        };
        entry.Hash = AuditChain.Hash(previousHash, entry.ToRecord());
        return entry;
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        Data.DatabaseErrors.IsUniqueViolation(e);
}
