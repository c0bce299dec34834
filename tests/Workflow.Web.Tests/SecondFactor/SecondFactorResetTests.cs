using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Administration.People;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>Without a second factor a signer cannot sign; an administrator's reset is audited and ends sessions (ADR 31).</summary>
public abstract class SecondFactorResetTestsBase(SecondFactorApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signer_without_a_second_factor_is_held_at_the_set_up_and_cannot_sign_and_nothing_changes()
    {
        var id = await app.Api.MemoAtStepAsync(3);
        var before = await app.CountsAsync(id);

        using var refused = await app.SignAsync(Demo.Mayor, id, null);

        Assert.Equal("second-factor-setup-required", (await Problem.AssertAsync(refused, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task The_reset_clears_the_second_factor_is_audited_and_ends_the_sessions()
    {
        await app.EnrolAsync(Demo.Director);
        var director = await app.Api.LoginAsync(Demo.Director);
        var admin = await AdminAccounts.SignInAsync(app, "second-factor-admin");
        var id = await PeopleApi.IdOfAsync(app, Demo.Director);
        var auditBefore = (await PeopleApi.AuditAsync(app, id)).Count;

        using (var reset = await admin.DeleteAsync($"/api/admin/people/{id}/second-factor", Ct))
            await ApiClient.ExpectAsync(reset, HttpStatusCode.OK, "reset");

        var person = await app.ReadDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal((null, null, null), (person.TotpSecret, person.TotpEnabledAt, person.SecondFactorAt));
        Assert.Equal(0, await app.ReadDbAsync(db => db.RecoveryCodes.CountAsync(r => r.UserId == id)));
        var audit = await PeopleApi.AuditAsync(app, id);
        Assert.Equal(auditBefore + 1, audit.Count);
        Assert.Equal("SecondFactorReset", audit.OrderBy(a => a.Sequence).Last().Action);
        Assert.Equal(HttpStatusCode.Unauthorized, (await director.GetAsync("/api/documents/mine", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_person_page_offers_the_reset_only_to_someone_with_a_second_factor_and_it_clears_it()
    {
        await app.EnrolAsync(Demo.Deputy);
        await AdminAccounts.SignInAsync(app, "second-factor-admin-3");
        var browser = await Accounts.CopiedBrowser.SignInAsync(app, "second-factor-admin-3", AdminAccounts.Password);
        var deputy = await PeopleApi.IdOfAsync(app, Demo.Deputy);
        var finance = await PeopleApi.IdOfAsync(app, Demo.Finance);

        var withFactor = await (await browser.GetAsync($"/admin/people/{deputy}")).Content.ReadAsStringAsync(Ct);
        var withoutFactor = await (await browser.GetAsync($"/admin/people/{finance}")).Content.ReadAsStringAsync(Ct);
        using var posted = await browser.PostFormAsync($"/admin/people/{deputy}", $"/admin/people/{deputy}?handler=ResetSecondFactor", []);

        Assert.Contains("data-testid=\"person-second-factor-reset\"", withFactor, StringComparison.Ordinal);
        Assert.DoesNotContain("person-second-factor-reset", withoutFactor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("done=SecondFactorReset", posted.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(await app.ReadDbAsync(db => db.Users.Where(u => u.Id == deputy).Select(u => u.TotpEnabledAt).SingleAsync()));
        Assert.Equal("SecondFactorReset", (await PeopleApi.AuditAsync(app, deputy)).OrderBy(a => a.Sequence).Last().Action);
    }

    [Fact]
    public async Task Resetting_someone_unknown_answers_404()
    {
        var admin = await AdminAccounts.SignInAsync(app, "second-factor-admin-2");
        using var reset = await admin.DeleteAsync("/api/admin/people/no-such-person/second-factor", Ct);
        await Problem.AssertAsync(reset, HttpStatusCode.NotFound);
    }
}

/// <summary>SecondFactorResetTests on SQLite (the default provider).</summary>
public sealed class SecondFactorResetTests(SecondFactorApp app) : SecondFactorResetTestsBase(app), IClassFixture<SecondFactorApp>;

/// <summary>SecondFactorResetTests on PostgreSQL (ADR 33).</summary>
public sealed class SecondFactorResetOnPostgreSqlTests(OnPostgreSql<SecondFactorApp> db) : SecondFactorResetTestsBase(db.App), IClassFixture<OnPostgreSql<SecondFactorApp>>;
