using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Public;
using Workflow.Core.Audit;
using Workflow.Core.Engine;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>A signature needs a second factor accepted within the step-up window, through the API (ADR 31).</summary>
public abstract class SignatureStepUpTestsBase(SecondFactorApp app)
{
    // The mayor enrols once per host (each provider's class has its own); the tests then move the clock past the
    // window as they need.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SecondFactorApp, Lazy<Task<string>>> Secrets = [];

    private Task<string> MayorSecretAsync() =>
        Secrets.GetValue(app, a => new Lazy<Task<string>>(async () => (await a.EnrolAsync(Demo.Mayor)).Secret)).Value;

    private Task<AuditEntrySnapshot> SignatureAsync(Guid id) => app.ReadDbAsync(async db =>
        await db.AuditEntries.Where(a => a.DocumentId == id && a.Action == ActionKind.Sign)
            .Select(a => new AuditEntrySnapshot(a.Format, a.SecondFactor)).SingleAsync());

    private sealed record AuditEntrySnapshot(int Format, bool SecondFactor);

    [Fact]
    public async Task A_stale_second_factor_without_a_code_is_refused_naming_code_and_nothing_changes()
    {
        await MayorSecretAsync();
        var id = await app.Api.MemoAtStepAsync(3);
        app.Advance(TimeSpan.FromMinutes(6));
        var before = await app.CountsAsync(id);

        using var refused = await app.SignAsync(Demo.Mayor, id, null);

        Assert.Equal("second-factor-required", (await Problem.AssertFieldAsync(refused, HttpStatusCode.Forbidden, "code")).GetProperty("code").GetString());
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task A_stale_second_factor_with_a_fresh_code_signs_and_the_audit_and_snapshot_record_it()
    {
        var secret = await MayorSecretAsync();
        var id = await app.Api.MemoAtStepAsync(3);
        app.Advance(TimeSpan.FromMinutes(6));

        using var signed = await app.SignAsync(Demo.Mayor, id, app.CodeNow(secret));

        await ApiClient.ExpectAsync(signed, HttpStatusCode.OK, "sign with a code");
        Assert.Equal(new AuditEntrySnapshot(AuditChain.CurrentFormat, true), await SignatureAsync(id));
        var chain = await app.ReadDbAsync(db => db.AuditEntries.Where(a => a.DocumentId == id).ToListAsync());
        Assert.Null(AuditChain.Verify(chain.Select(e => e.ToStored())));
        await using var scope = app.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<SnapshotBuilder>().BuildAsync(id, TestContext.Current.CancellationToken);
        var signature = Assert.Single(snapshot!.Value.Memo.Chain, a => a.Action == nameof(ActionKind.Sign));
        Assert.True(signature.SecondFactor);
        Assert.All(snapshot.Value.Memo.Chain.Where(a => a != signature), a => Assert.Null(a.SecondFactor));
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id), TimeSpan.FromSeconds(30)), "Not published.");
        Assert.True(await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.SecondFactor).SingleAsync()),
            "The publication records the second factor.");
    }

    [Fact]
    public async Task Within_the_window_no_new_code_is_needed_and_the_signature_still_records_the_second_factor()
    {
        var secret = await MayorSecretAsync();
        var id = await app.Api.MemoAtStepAsync(3);
        app.Advance(TimeSpan.FromMinutes(6));
        var other = await app.Api.MemoAtStepAsync(3);
        using (var first = await app.SignAsync(Demo.Mayor, other, app.CodeNow(secret)))
            await ApiClient.ExpectAsync(first, HttpStatusCode.OK, "sign with a code");
        app.Advance(TimeSpan.FromMinutes(4));

        using var signed = await app.SignAsync(Demo.Mayor, id, null);

        await ApiClient.ExpectAsync(signed, HttpStatusCode.OK, "sign within the window");
        Assert.True((await SignatureAsync(id)).SecondFactor);
    }

    [Fact]
    public async Task A_reused_code_is_refused_for_a_signature()
    {
        var secret = await MayorSecretAsync();
        var first = await app.Api.MemoAtStepAsync(3);
        var second = await app.Api.MemoAtStepAsync(3);
        app.Advance(TimeSpan.FromMinutes(6));
        var code = app.CodeNow(secret);
        using (var signed = await app.SignAsync(Demo.Mayor, first, code))
            await ApiClient.ExpectAsync(signed, HttpStatusCode.OK, "first signature");
        var before = await app.CountsAsync(second);

        using var reused = await app.SignAsync(Demo.Mayor, second, code);

        Assert.Equal("wrong-code", (await Problem.AssertFieldAsync(reused, HttpStatusCode.Forbidden, "code")).GetProperty("code").GetString());
        Assert.Equal(before, await app.CountsAsync(second));
    }
}

/// <summary>SignatureStepUpTests on SQLite (the default provider).</summary>
public sealed class SignatureStepUpTests(SecondFactorApp app) : SignatureStepUpTestsBase(app), IClassFixture<SecondFactorApp>;

/// <summary>SignatureStepUpTests on PostgreSQL (ADR 33).</summary>
public sealed class SignatureStepUpOnPostgreSqlTests(OnPostgreSql<SecondFactorApp> db) : SignatureStepUpTestsBase(db.App), IClassFixture<OnPostgreSql<SecondFactorApp>>;
