using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>Five wrong passwords lock the account for a while: the right one is then refused too; nobody else is affected.</summary>
public sealed class LockoutTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> LoginAsync(string user, string password) =>
        await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);

    private async Task LockOutAsync(string user)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await LoginAsync(user, $"wrong-password-{attempt}");
            Assert.True(wrong.StatusCode is HttpStatusCode.Unauthorized || (attempt == 5 && wrong.StatusCode == (HttpStatusCode)429),
                $"Attempt {attempt}: {(int)wrong.StatusCode}");
        }
    }

    [Fact]
    public async Task Login_answers_429_locked_out_when_the_right_password_follows_five_wrong_ones()
    {
        await LockOutAsync(Demo.Director);

        using var right = await LoginAsync(Demo.Director, Demo.Password);

        var problem = await Problem.AssertAsync(right, (HttpStatusCode)429);
        Assert.Equal("locked-out", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Login_succeeds_for_other_users_when_one_user_is_locked_out()
    {
        await LockOutAsync(Demo.Clerk);

        foreach (var user in new[] { Demo.Mayor, Demo.Finance, Demo.Office })
        {
            using var response = await LoginAsync(user, Demo.Password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Page_sign_in_is_refused_too_when_the_account_is_locked_out_by_api_attempts()
    {
        await LockOutAsync(Demo.Deputy);

        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var response = await CookieSession.PostLoginAsync(browser, Demo.Deputy);

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
    }
}
