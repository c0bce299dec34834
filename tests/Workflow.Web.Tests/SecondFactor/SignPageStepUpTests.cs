using System.Net;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.SecondFactor;

/// <summary>The memo page's sign form asks for a code when the last second factor is stale (ADR 31).</summary>
public abstract class SignPageStepUpTestsBase(SecondFactorApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_sign_form_asks_for_a_code_refuses_without_one_and_signs_with_one()
    {
        var (secret, _) = await app.EnrolAsync(Demo.Mayor);
        var id = await app.Api.MemoAtStepAsync(3);
        app.Advance(TimeSpan.FromMinutes(1));
        var page = await PageSession.OpenAsync(app, Demo.Mayor, app.CodeNow(secret));
        app.Advance(TimeSpan.FromMinutes(6));
        var version = (await app.Api.GetDocumentAsync(Demo.Legal, id)).Version;
        using (var form = await page.GetAsync($"/memos/{id}"))
            Assert.Contains("data-testid=\"sign-code\"", await form.Content.ReadAsStringAsync(Ct));
        var before = await app.CountsAsync(id);

        using (var refused = await page.PostAsync($"/memos/{id}", new Dictionary<string, string>
               { ["Input.Action"] = "Sign", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("กรุณากรอกรหัสจากแอปยืนยันตัวตน", await refused.Content.ReadAsStringAsync(Ct));
        }

        Assert.Equal(before, await app.CountsAsync(id));
        using (var signed = await page.PostAsync($"/memos/{id}", new Dictionary<string, string>
               { ["Input.Action"] = "Sign", ["Input.Code"] = app.CodeNow(secret) }))
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        using var history = await page.GetAsync($"/memos/{id}");
        Assert.Contains("ยืนยันตัวตนสองขั้นตอนแล้ว", await history.Content.ReadAsStringAsync(Ct));
    }
}

/// <summary>SignPageStepUpTests on SQLite (the default provider).</summary>
public sealed class SignPageStepUpTests(SecondFactorApp app) : SignPageStepUpTestsBase(app), IClassFixture<SecondFactorApp>;

/// <summary>SignPageStepUpTests on PostgreSQL (ADR 33).</summary>
public sealed class SignPageStepUpOnPostgreSqlTests(OnPostgreSql<SecondFactorApp> db) : SignPageStepUpTestsBase(db.App), IClassFixture<OnPostgreSql<SecondFactorApp>>;
