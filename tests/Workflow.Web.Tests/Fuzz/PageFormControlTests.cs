using CsCheck;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// The fuzzer's clean posts do take effect when they carry a valid token, each on freshly seeded memos: so when the
/// fuzz sees the same posts refused without one, the anti-forgery check is what refused them.
/// </summary>
public abstract class PageFormControlTestsBase(WorkflowApp app)
{
    public static TheoryData<string> Forms => [.. PageFormGen.EffectiveForms];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Clean_posts_with_a_valid_token_take_effect_on_a_form_that_writes(string form)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        for (var i = 0; i < 5; i++)
        {
            var post = new PageFormGen(await PageFormTargets.SeedAsync(app, client)).Effective(form).Single();
            var before = await PageFormState.ReadAsync(app);
            using var message = post.ToMessage();
            using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            var location = response.Headers.Location?.OriginalString ?? "";
            var signedIn = PageFormSession.CookieValue(response, PageFormSession.SessionName) is { Length: > 0 };

            var changed = !before.Equals(await PageFormState.ReadAsync(app));
            Assert.True(changed || signedIn, $"{(int)response.StatusCode} → {location}: nothing happened for {post}");
            if (post.Form != "sign-in")
                Assert.True((int)response.StatusCode == 302 && location.StartsWith("/memos/", StringComparison.Ordinal), $"{(int)response.StatusCode} → {location} for {post}");
        }
    }
}

/// <summary>PageFormControlTests on SQLite (the default provider).</summary>
public sealed class PageFormControlTests(WorkflowApp app) : PageFormControlTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PageFormControlTests on PostgreSQL (ADR 33).</summary>
public sealed class PageFormControlOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PageFormControlTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
