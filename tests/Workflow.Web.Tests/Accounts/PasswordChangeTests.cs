using System.Net;
using System.Net.Http.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// A signed-in user changes their own password through the API: the current one is required, the new one follows the
/// rules (12 characters at least, not the user name, not a common password), each refusal names its field.
/// </summary>
public abstract class PasswordChangeTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> ChangeAsync(string user, object body) =>
        await (await app.Api.LoginAsync(user)).PostAsJsonAsync("/api/auth/password", body, Ct);

    [Theory]
    [InlineData("Short-pw-1!", "password-too-short")]
    [InlineData("aaaaaaaaaaaaaaaa", "password-too-simple")]
    [InlineData("my-OFFICE-password-2569", "password-has-user-name")]
    [InlineData("Password12345678", "password-too-common")]
    [InlineData("qwertyuiop!2026", "password-too-common")]
    [InlineData("1qaz2wsx3edc4rfv", "password-too-common")]
    public async Task Password_change_answers_400_naming_newPassword_when_the_new_password_breaks_a_rule(string password, string code)
    {
        using var response = await ChangeAsync(Demo.Office, new { currentPassword = Demo.Password, newPassword = password });

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "newPassword");
        Assert.Equal(code, problem.GetProperty("code").GetString());
        await app.Api.SignInAsync(Demo.Office, Demo.Password);
    }

    [Fact]
    public async Task Password_change_answers_400_naming_currentPassword_when_it_is_wrong()
    {
        using var response = await ChangeAsync(Demo.Clerk, new { currentPassword = "not-my-password", newPassword = "แม่น้ำมูลไหลผ่านโชคชัย" });

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "currentPassword");
        Assert.Equal("wrong-password", problem.GetProperty("code").GetString());
        await app.Api.SignInAsync(Demo.Clerk, Demo.Password);
    }

    [Fact]
    public async Task Password_change_answers_400_naming_each_missing_field()
    {
        using var response = await ChangeAsync(Demo.Clerk, new { });

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "currentPassword");
        Assert.True(problem.GetProperty("errors").TryGetProperty("newPassword", out _));
    }

    [Fact]
    public async Task Password_change_answers_401_without_a_token()
    {
        using var response = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/password", new { currentPassword = Demo.Password, newPassword = "แม่น้ำมูลไหลผ่านโชคชัย" }, Ct);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_takes_the_new_password_and_refuses_the_old_one_after_a_change()
    {
        const string next = "ข้าวหอมมะลิทุ่งกุลา-2569";
        using var changed = await ChangeAsync(Demo.Director, new { currentPassword = Demo.Password, newPassword = next });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        using var old = await app.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = Demo.Director, password = Demo.Password }, Ct);

        await Problem.AssertAsync(old, HttpStatusCode.Unauthorized);
        await app.Api.SignInAsync(Demo.Director, next);
    }
}

/// <summary>PasswordChangeTests on SQLite (the default provider).</summary>
public sealed class PasswordChangeTests(WorkflowApp app) : PasswordChangeTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PasswordChangeTests on PostgreSQL (ADR 33).</summary>
public sealed class PasswordChangeOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PasswordChangeTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
