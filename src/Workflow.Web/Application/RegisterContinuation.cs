using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Administration;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Application;

/// <summary>
/// Continues a paper register: sets the next number of the current year, only upward and never to a number already
/// given. It writes the allocator's counter row inside the same write gate and transaction as a submission, so a
/// submission either takes its number before the change (and the check sees it) or after it (and gets the new one).
/// </summary>
public sealed class RegisterContinuation(
    WorkflowDbContext db,
    RegisterNumberAllocator numbers,
    AdminChanges audit,
    TimeProvider clock,
    ILogger<RegisterContinuation> log)
{
    public async Task<Outcome<RegisterNext>> SetNextAsync(int year, int next, CurrentUser by, CancellationToken ct)
    {
        var current = numbers.YearOf(clock.GetUtcNow());
        if (year != current)
            return Failure.Invalid("year", $"Only the next number of the current register year ({current}) can be set.");

        var key = RegisterNumberAllocator.CounterKey(year);
        using var turn = await SqliteWriteGate.EnterAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // A no-op upsert reads the counter and locks its row until the commit: on PostgreSQL, where there is no write
        // gate, a submission on another instance must not take a number between this read and the write below.
        var last = (await db.Database.SqlQuery<int>($"""
            INSERT INTO "RegisterCounters" ("Key", "Last") VALUES ({key}, 0)
            ON CONFLICT ("Key") DO UPDATE SET "Last" = "RegisterCounters"."Last" RETURNING "Last" AS "Value"
            """).ToListAsync(ct)).Single();
        if (next <= last)
            return new Failure(StatusCodes.Status409Conflict, "number-given",
                $"Number {next} of {year} has already been given (the last is {last}); the next number can only be set higher.", "next");
        if (next == last + 1)
            return new RegisterNext(year, next, last, Changed: false);

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "RegisterCounters" ("Key", "Last") VALUES ({key}, {next - 1}) ON CONFLICT ("Key") DO UPDATE SET "Last" = excluded."Last";""", ct);
        await audit.AppendAsync(AdminActor.Of(by), [new AdminChange("Register", year.ToString(CultureInfo.InvariantCulture), "NextSet",
            new { Year = year, Next = last + 1 }, new { Year = year, Next = next })], ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Register {Year} continued by {UserId}: next number {Next}, was {Previous}", year, by.Id, next, last + 1);
        return new RegisterNext(year, next, last, Changed: true);
    }

    /// <summary>The next number a submission of this year would get now.</summary>
    public async Task<RegisterNext> NextAsync(int year, CancellationToken ct)
    {
        var key = RegisterNumberAllocator.CounterKey(year);
        var last = await db.RegisterCounters.AsNoTracking().Where(c => c.Key == key).Select(c => (int?)c.Last).FirstOrDefaultAsync(ct) ?? 0;
        return new RegisterNext(year, last + 1, last, Changed: false);
    }
}
