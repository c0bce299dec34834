using System.Reflection;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Workflow.Contracts;
using Workflow.Web.Data;
using Workflow.Web.Messaging;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>
/// The outbox's claims (ADR 33), driven by hand on a host whose own dispatcher is off: whole documents to one claimant
/// at a time, rows in id order, a lapsed lease passed on, a failed row holding back only its own document.
/// </summary>
public abstract class OutboxClaimTests<TApp>(TApp app) where TApp : WorkflowApp
{
    private readonly TestClock _clock = new();

    protected OutboxClaims Claims => new(_clock);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Removes the host's dispatcher, so that only the test claims rows.</summary>
    public static void WithoutDispatcher(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        foreach (var d in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxDispatcher)).ToList())
            services.Remove(d);
    });

    protected async Task<Guid> DocumentWithEventsAsync(int events)
    {
        var document = Guid.NewGuid();
        await app.ReadDbAsync(async db =>
        {
            for (var i = 0; i < events; i++)
                db.Enqueue(new DocumentSubmitted { DocumentId = document, Sequence = i + 1, RegisterNumber = "ทต 1/2569", RouteId = "route", Round = 1, NextPosition = "head" }, _clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        return document;
    }

    protected Task<T> WithDbAsync<T>(Func<WorkflowDbContext, Task<T>> work) => app.ReadDbAsync(work);

    protected Task<List<OutboxMessage>> ClaimAsync(Guid token, int documents = 1000) => WithDbAsync(db => Claims.ClaimAsync(db, token, documents, Ct));

    /// <summary>Marks whatever an earlier test left unsent as sent, so each test sees only its own rows.</summary>
    protected Task DrainAsync() => WithDbAsync(db => db.Outbox.Where(o => o.SentAt == null)
        .ExecuteUpdateAsync(s => s.SetProperty(o => o.SentAt, DateTimeOffset.UnixEpoch).SetProperty(o => o.ClaimToken, (Guid?)null), Ct));

    [Fact]
    public async Task A_document_goes_to_one_claimant_with_all_its_rows_in_id_order()
    {
        await DrainAsync();
        var first = await DocumentWithEventsAsync(3);
        var second = await DocumentWithEventsAsync(1);

        var a = await ClaimAsync(Guid.NewGuid(), documents: 1);
        var b = await ClaimAsync(Guid.NewGuid());

        Assert.Equal(Enumerable.Repeat(first, 3), a.Select(r => r.DocumentId));
        Assert.Equal(a.Select(r => r.Id).Order(), a.Select(r => r.Id));
        Assert.Equal([second], b.Select(r => r.DocumentId));
    }

    [Fact]
    public async Task Claims_made_at_the_same_moment_never_share_a_document()
    {
        await DrainAsync();
        for (var i = 0; i < 20; i++)
            await DocumentWithEventsAsync(2);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => ClaimAsync(Guid.NewGuid(), documents: 3), Ct)));

        var owners = claims.SelectMany((rows, claimant) => rows.Select(r => (r.DocumentId, claimant))).Distinct().GroupBy(o => o.DocumentId).ToList();
        Assert.Equal(20, owners.Count);
        Assert.All(owners, o => Assert.Single(o));
        Assert.Equal(40, claims.Sum(c => c.Count));
    }

    [Fact]
    public async Task A_lapsed_lease_passes_the_document_on_and_the_first_claimant_can_no_longer_mark_it()
    {
        await DrainAsync();
        var document = await DocumentWithEventsAsync(2);
        var first = Guid.NewGuid();
        var rows = await ClaimAsync(first);

        Assert.Empty(await ClaimAsync(Guid.NewGuid()));
        _clock.Set(_clock.GetUtcNow() + OutboxClaims.Lease + TimeSpan.FromSeconds(1));
        var next = Guid.NewGuid();
        var taken = await ClaimAsync(next);
        await WithDbAsync(async db => { await Claims.MarkSentAsync(db, first, [.. rows.Select(r => r.Id)]); return 0; });

        Assert.Equal(rows.Select(r => r.Id), taken.Select(r => r.Id));
        Assert.Equal(2, await WithDbAsync(db => db.Outbox.CountAsync(o => o.DocumentId == document && o.SentAt == null && o.ClaimToken == next, Ct)));
    }

    [Fact]
    public async Task A_failed_row_holds_back_its_own_document_only_until_its_retry_time()
    {
        await DrainAsync();
        var poisoned = await DocumentWithEventsAsync(2);
        var token = Guid.NewGuid();
        var rows = await ClaimAsync(token);
        await WithDbAsync(async db =>
        {
            await Claims.MarkFailedAsync(db, token, rows[0], new InvalidOperationException("broker refused"));
            await Claims.ReleaseAsync(db, token);
            return 0;
        });
        var healthy = await DocumentWithEventsAsync(1);

        var meanwhile = await ClaimAsync(Guid.NewGuid());
        _clock.Set(_clock.GetUtcNow() + OutboxClaims.RetryDelay(1) + TimeSpan.FromSeconds(1));
        var later = await ClaimAsync(Guid.NewGuid());

        Assert.Equal([healthy], meanwhile.Select(r => r.DocumentId));
        Assert.Equal(rows.Select(r => r.Id), later.Select(r => r.Id));
        Assert.Equal((1, "broker refused"), (later[0].Attempts, later[0].LastError));
        Assert.Equal(poisoned, later[0].DocumentId);
    }

    [Fact]
    public async Task A_publish_that_never_returns_fails_its_row_after_the_timeout_and_the_other_documents_go_out()
    {
        await DrainAsync();
        Guid[] documents = [await DocumentWithEventsAsync(2), await DocumentWithEventsAsync(2), await DocumentWithEventsAsync(2)];
        var bus = StuckBus.Create(stuckCalls: 1);
        var dispatcher = new OutboxDispatcher(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<OutboxSignal>(),
            Claims, bus.Bus, _clock, NullLogger<OutboxDispatcher>.Instance) { PublishTimeout = TimeSpan.FromMilliseconds(300) };

        var sent = await dispatcher.DispatchBatchAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var rows = await WithDbAsync(db => db.Outbox.Where(o => documents.Contains(o.DocumentId)).OrderBy(o => o.Id).ToListAsync(Ct));
        var held = Assert.Single(rows.GroupBy(r => r.DocumentId), g => g.Any(r => r.SentAt == null));
        Assert.Equal(4, sent);
        Assert.Equal(4, rows.Count(r => r.SentAt != null));
        Assert.Equal([(1, true), (0, false)], held.Select(r => (r.Attempts, r.LastError?.Contains("did not take the message") == true)));
        Assert.All(rows, r => Assert.Null(r.ClaimToken));
        Assert.Equal(5, bus.Calls);
    }
}

/// <summary>
/// A bus whose first publishes never complete and ignore their token, as one did on a channel left behind by a broker
/// restart; the rest are accepted at once. Nothing but publishing is expected of it.
/// </summary>
public class StuckBus : DispatchProxy
{
    private int _stuck;
    private int _calls;

    public int Calls => _calls;

    public static StuckBus Create(int stuckCalls)
    {
        var bus = (StuckBus)(object)Create<IBusControl, StuckBus>();
        bus._stuck = stuckCalls;
        return bus;
    }

    public IBusControl Bus => (IBusControl)(object)this;

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method?.Name != nameof(IPublishEndpoint.Publish))
            throw new NotSupportedException(method?.Name);
        var call = Interlocked.Increment(ref _calls);
        return call <= _stuck ? new TaskCompletionSource().Task : Task.CompletedTask;
    }
}

/// <summary>The claims on SQLite: one writer at a time, the same answers.</summary>
public sealed class SqliteOutboxClaimTests(SqliteOutboxClaimTests.App app) : OutboxClaimTests<SqliteOutboxClaimTests.App>(app), IClassFixture<SqliteOutboxClaimTests.App>
{
    public sealed class App : WorkflowApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            WithoutDispatcher(builder);
        }
    }

    [Fact]
    public async Task Claims_of_a_killed_predecessor_go_back_at_start_when_one_process_owns_the_file()
    {
        await DrainAsync();
        var document = await DocumentWithEventsAsync(2);
        Assert.Equal(2, (await ClaimAsync(Guid.NewGuid())).Count);

        await WithDbAsync(async db => { await Claims.ReleaseOrphansAsync(db, Ct); return 0; });

        Assert.Equal([document, document], (await ClaimAsync(Guid.NewGuid())).Select(r => r.DocumentId));
    }
}

/// <summary>The claims on PostgreSQL, where claimants run side by side and skip each other's locked heads.</summary>
public sealed class PostgreSqlOutboxClaimTests(PostgreSqlOutboxClaimTests.App app) : OutboxClaimTests<PostgreSqlOutboxClaimTests.App>(app), IClassFixture<PostgreSqlOutboxClaimTests.App>
{
    public sealed class App : WorkflowApp
    {
        public App() => Provider = Workflow.Web.Options.DatabaseProvider.PostgreSql;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            WithoutDispatcher(builder);
        }
    }
}
