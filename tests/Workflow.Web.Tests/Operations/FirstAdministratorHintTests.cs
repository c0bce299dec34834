namespace Workflow.Web.Tests.Operations;

/// <summary>The sign-in page of an installation without an administrator says how to create one, until one exists.</summary>
public sealed class FirstAdministratorHintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<string> LoginPageAsync(OperationsApp app, string query = "") =>
        app.Api.CreateClient().GetStringAsync("/account/login" + query, Ct);

    [Fact]
    public async Task Sign_in_page_shows_the_create_command_in_thai_and_english_when_there_is_no_administrator()
    {
        await using var app = new OperationsApp();

        var thai = await LoginPageAsync(app);
        var english = await LoginPageAsync(app, "?culture=en");

        Assert.Contains("ยังไม่มีผู้ดูแลระบบ", thai);
        Assert.Contains("There is no administrator yet", english);
        Assert.All([thai, english], page => Assert.Contains("admin create --user NAME", page));
    }

    [Fact]
    public async Task Sign_in_page_no_longer_shows_the_create_command_when_an_administrator_exists()
    {
        await using var app = new OperationsApp();
        Assert.Contains("data-testid=\"first-administrator\"", await LoginPageAsync(app));

        var run = await ServiceBinary.RunInProcessAsync(app.Services, ["admin", "create", "--user", "prasert", "--name", "นายประเสริฐ ผู้ดูแล"], "Nakhon-Ratchasima-77");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("data-testid=\"first-administrator\"", await LoginPageAsync(app));
    }
}
