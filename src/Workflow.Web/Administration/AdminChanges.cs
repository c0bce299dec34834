using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Core.Audit;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Administration;

/// <summary>
/// The one write path for administration: the caller changes tracked entities, then <see cref="SaveAsync"/> appends
/// one chained audit entry per change and commits both in one write transaction, so no change goes unaudited and
/// two administrators saving at once still get consecutive sequence numbers.
/// </summary>
public sealed class AdminChanges(WorkflowDbContext db, TimeProvider clock)
{
    // Thai stays readable in the stored JSON; the text is data, never HTML.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Commits the pending entity changes with their audit entries. Concurrency and unique-key failures propagate.</summary>
    public Task SaveAsync(AdminActor by, IReadOnlyList<AdminChange> changes, CancellationToken ct) =>
        SaveAsync(by, changes, _ => Task.FromResult<Failure?>(null), ct);

    /// <summary>
    /// As <see cref="SaveAsync(AdminActor, IReadOnlyList{AdminChange}, CancellationToken)"/>, after a check read inside the
    /// same write transaction (e.g. "another administrator remains"), so no concurrent change can slip between the check
    /// and the write. A refusal writes nothing and forgets the pending changes.
    /// </summary>
    public async Task<Failure?> SaveAsync(AdminActor by, IReadOnlyList<AdminChange> changes, Func<CancellationToken, Task<Failure?>> check, CancellationToken ct)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await check(ct) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        await AppendAsync(by, changes, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>
    /// Adds the audit entries to the caller's write transaction (for work that commits through Identity's own
    /// SaveChanges calls); the caller saves and commits. Outside a transaction two writers could take one sequence.
    /// </summary>
    public async Task AppendAsync(AdminActor by, IReadOnlyList<AdminChange> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(changes);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Administration audit entries are appended inside the write transaction.");
        var last = await db.AdminAudit.AsNoTracking().OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var (sequence, previous) = (last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        // Entries already added in this transaction and not yet saved come first.
        foreach (var pending in db.ChangeTracker.Entries<AdminAuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.Sequence))
            (sequence, previous) = (pending.Sequence, pending.Hash);
        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            var entry = new AdminAuditEntry
            {
                Sequence = ++sequence,
                At = now,
                ActorId = by.Id,
                ActorName = by.Name,
                SubjectKind = change.SubjectKind,
                SubjectId = change.SubjectId,
                Action = change.Action,
                Before = change.Before is null ? null : JsonSerializer.Serialize(change.Before, Json),
                After = change.After is null ? null : JsonSerializer.Serialize(change.After, Json),
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AdminAuditChain.Hash(previous, entry.ToRecord());
            previous = entry.Hash;
            db.AdminAudit.Add(entry);
        }
    }
}
