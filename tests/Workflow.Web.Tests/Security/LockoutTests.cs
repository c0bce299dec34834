using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Five wrong passwords lock the account for a while: the right one is then refused too; nobody else is affected.
/// A name that has no account is answered the same way, so the answers do not tell which names exist.
/// </summary>
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
    public async Task A_name_without_an_account_gets_the_same_answers_as_a_real_account_with_wrong_passwords()
    {
        async Task<List<string>> AnswersAsync(string user)
        {
            var answers = new List<string>();
            for (var attempt = 1; attempt <= 7; attempt++)
            {
                using var response = await LoginAsync(user, $"wrong-password-{attempt}");
                var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
                answers.Add($"{(int)response.StatusCode} {problem.GetProperty("code").GetString()} {problem.GetProperty("detail").GetString()}");
            }

            return answers;
        }

        var real = await AnswersAsync(Demo.Section);
        var unknown = await AnswersAsync("no-such-officer");

        Assert.Equal(real, unknown);
        Assert.Equal([401, 401, 401, 401, 429, 429, 429], unknown.Select(a => int.Parse(a[..3], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Page_sign_in_locks_a_name_without_an_account_as_it_locks_a_real_one()
    {
        var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            using var response = await CookieSession.PostLoginAsync(browser, "nobody-here", $"wrong-{attempt}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            (HttpStatusCode)429, (HttpStatusCode)429], statuses);
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
