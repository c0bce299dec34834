using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>
/// A row that fails every time (here: a type no contract has) is retried later and later, holds back the later rows of
/// its own document, and never stops the other documents' events.
/// </summary>
public sealed class OutboxPoisonRowTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_poison_row_holds_back_only_its_own_document_while_other_memos_events_go_out()
    {
        var poisoned = Guid.NewGuid();
        await app.ReadDbAsync(async db =>
        {
            foreach (var n in new[] { 1, 2 })
                db.Outbox.Add(new OutboxMessage { MessageId = Guid.NewGuid(), DocumentId = poisoned, Type = $"NoSuchEvent{n}", Payload = "{}", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });

        var memo = await app.Api.MemoAtStepAsync(2);

        Assert.True(await app.EventuallyAsync(async db => !await db.Outbox.AnyAsync(o => o.DocumentId == memo && o.SentAt == null, Ct)
            && await db.Outbox.AnyAsync(o => o.DocumentId == poisoned && o.Attempts > 1, Ct), TimeSpan.FromSeconds(30)),
            "The memo's events did not all go out, or the poison row was not retried.");
        var rows = await app.ReadDbAsync(db => db.Outbox.AsNoTracking().Where(o => o.DocumentId == poisoned).OrderBy(o => o.Id).ToListAsync(Ct));
        Assert.All(rows, r => Assert.Null(r.SentAt));
        Assert.Contains("NoSuchEvent1", rows[0].LastError);
        Assert.Equal((0, null), (rows[1].Attempts, rows[1].LastError));
        Assert.NotNull(rows[0].ClaimedUntil);
    }
}
