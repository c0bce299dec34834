using Microsoft.EntityFrameworkCore;
using Workflow.Bench;
using Workflow.Core.Engine;
using Workflow.Core.Numbering;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Bench;

/// <summary>
/// The benchmark's seeder (bench/Workflow.Bench) writes a year of memos into a running service's database: the service
/// must take them as its own, chains verified, register continued. On each provider (the subclasses).
/// </summary>
public abstract class BenchSeederTests<TApp>(TApp app)
    where TApp : WorkflowApp
{
    /// <summary>The fixture's database, as the bench names it.</summary>
    protected abstract BenchDatabase Database { get; }

    protected TApp App => app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SeedResult> SeedAsync(int more)
    {
        await app.Api.LoginAsync(Demo.Legal);
        var existing = await app.ReadDbAsync(db => db.Documents.CountAsync(Ct));
        return Seeder.Run(Database, existing + more);
    }

    [Fact]
    public async Task Seeded_memos_of_every_kind_pass_the_service_audit_verification()
    {
        var seed = await SeedAsync(150);

        Assert.Equal(150, seed.AddedIds.Count);
        var statuses = await app.ReadDbAsync(db => db.Documents.Where(d => seed.AddedIds.Contains(d.Id)).Select(d => d.Status).Distinct().ToListAsync(Ct));
        Assert.Equal([DocumentStatus.Draft, DocumentStatus.InRoute, DocumentStatus.Signed, DocumentStatus.Refused], statuses.Order().Distinct());
        foreach (var id in seed.AddedIds)
        {
            var verification = await app.Api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");
            Assert.True(verification.Valid, $"{id}: entry {verification.FirstBrokenSequence}, {verification.Reason}");
        }
    }

    [Fact]
    public async Task A_memo_submitted_after_seeding_takes_the_next_number_of_the_register()
    {
        await SeedAsync(40);
        var (letterCode, last) = await app.ReadDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(Ct);
            var year = await db.Documents.Where(d => d.RegisterYear != null).MaxAsync(d => d.RegisterYear, Ct);
            var counter = await db.RegisterCounters.SingleAsync(c => c.Key == RegisterNumberAllocator.CounterKey(year!.Value), Ct);
            return (organisation.LetterCode, counter.Last);
        });

        var id = (await app.Api.CreateDraftAsync()).Id;
        await app.Api.ActOkAsync(Demo.Legal, id, "submit");

        Assert.True(last >= 30, $"the seeded memos took {last} numbers");
        Assert.Equal(RegisterNumber.Format(letterCode, last + 1, thaiDigits: true), (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber);
    }
}
