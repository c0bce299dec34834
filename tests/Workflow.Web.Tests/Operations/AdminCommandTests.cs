using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Operations;

/// <summary>`admin create | reset-password | list`: the command class on the running host's services, and once as the real binary.</summary>
public sealed class AdminCommandTests(OperationsApp app) : IClassFixture<OperationsApp>
{
    private const string Password = "Lamphun-Garden-2569";
    private const string NewPassword = "Korat-River-Bank-84";
    private const string TooShort = "Qz7!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<CommandRun> RunAsync(string stdin, params string[] args) => ServiceBinary.RunInProcessAsync(app.Services, args, stdin);

    private async Task<HttpStatusCode> SignInStatusAsync(WorkflowApp host, string user, string password)
    {
        using var response = await host.Api.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = user, password }, Ct);
        return response.StatusCode;
    }

    private Task<int> UserCountAsync() => app.ReadDbAsync(db => db.Users.CountAsync(Ct));

    private Task<string?> StampAsync(string user) => app.ReadDbAsync(db => db.Users.Where(u => u.UserName == user).Select(u => u.SecurityStamp).SingleAsync(Ct));

    [Fact]
    public async Task Admin_create_run_as_the_service_binary_makes_an_administrator_who_can_sign_in_on_a_fresh_database()
    {
        await using var fresh = new OperationsApp();

        var run = await ServiceBinary.RunAsync(["admin", "create", "--user", "somchai", "--name", "นายสมชาย ผู้ดูแล"], fresh.CommandEnvironment(), Password);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Administrator 'somchai' created", run.Output);
        Assert.DoesNotContain(Password, run.All);
        Assert.DoesNotContain(run.Arguments, a => a.Contains(Password, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(fresh, "somchai", Password));
    }

    [Fact]
    public async Task Admin_create_and_reset_password_are_in_the_administration_audit_without_the_password()
    {
        Assert.Equal(0, (await RunAsync(Password, "admin", "create", "--user", "kanya", "--name", "นางสาวกัญญา ผู้ดูแล")).ExitCode);
        Assert.Equal(0, (await RunAsync(NewPassword, "admin", "reset-password", "--user", "kanya")).ExitCode);

        var id = await app.ReadDbAsync(db => db.Users.Where(u => u.UserName == "kanya").Select(u => u.Id).SingleAsync(Ct));
        var entries = await app.ReadDbAsync(db => db.AdminAudit.Where(a => a.SubjectKind == "Person" && a.SubjectId == id).OrderBy(a => a.Sequence).ToListAsync(Ct));
        Assert.Equal(["Created", "PasswordReset"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("command-line", e.ActorId));
        Assert.Contains("นางสาวกัญญา ผู้ดูแล", entries[0].After, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain(Password, (e.Before ?? "") + e.After, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_create_refuses_and_changes_nothing_when_the_name_exists()
    {
        Assert.Equal(0, (await RunAsync(Password, "admin", "create", "--user", "dara", "--name", "นางดารา ผู้ดูแล")).ExitCode);
        var users = await UserCountAsync();
        var stamp = await StampAsync("dara");

        var again = await RunAsync(NewPassword, "admin", "create", "--user", "dara", "--name", "นางดารา อีกคน");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal(users, await UserCountAsync());
        Assert.Equal(stamp, await StampAsync("dara"));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(app, "dara", Password));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(app, "dara", NewPassword));
    }

    [Fact]
    public async Task Admin_create_refuses_a_demo_user_name_and_leaves_that_user_as_it_was()
    {
        var run = await RunAsync(Password, "admin", "create", "--user", Demo.Legal, "--name", "ผู้ดูแล");

        Assert.Equal(1, run.ExitCode);
        var admins = await app.ReadDbAsync(db => new Administrators(db).ListAsync(Ct));
        Assert.DoesNotContain(admins, a => a.UserName == Demo.Legal);
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(app, Demo.Legal, Demo.Password));
    }

    [Fact]
    public async Task Admin_create_refuses_and_creates_nothing_when_the_password_rules_reject_the_password()
    {
        var users = await UserCountAsync();

        var run = await RunAsync(TooShort, "admin", "create", "--user", "weak", "--name", "นายอ่อน แอ");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not created", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(users, await UserCountAsync());
    }

    [Fact]
    public async Task Admin_reset_password_lets_only_the_new_password_sign_in_and_renews_the_security_stamp()
    {
        Assert.Equal(0, (await RunAsync(Password, "admin", "create", "--user", "malee", "--name", "นางมาลี ผู้ดูแล")).ExitCode);
        var stamp = await StampAsync("malee");

        var run = await RunAsync(NewPassword, "admin", "reset-password", "--user", "malee");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInStatusAsync(app, "malee", Password));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(app, "malee", NewPassword));
        Assert.NotEqual(stamp, await StampAsync("malee"));
    }

    [Theory]
    [InlineData(Demo.Mayor)]
    [InlineData("nobody-at-all")]
    public async Task Admin_reset_password_refuses_and_changes_nothing_when_the_user_is_not_an_administrator(string user)
    {
        var stamps = await app.ReadDbAsync(db => db.Users.Select(u => u.SecurityStamp).ToListAsync(Ct));

        var run = await RunAsync(NewPassword, "admin", "reset-password", "--user", user);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(user, run.Error);
        Assert.Equal(stamps, await app.ReadDbAsync(db => db.Users.Select(u => u.SecurityStamp).ToListAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, await SignInStatusAsync(app, Demo.Mayor, Demo.Password));
    }

    [Theory]
    [InlineData("admin", "create", "--user", "pass1", "--name", "ผู้ดูแล", "--password", Password)]
    [InlineData("admin", "create", "--user", "pass2", "--name", "ผู้ดูแล", "--password=" + Password)]
    [InlineData("admin", "reset-password", "--user", "dara", "--password", Password)]
    public async Task Admin_commands_refuse_a_password_on_the_command_line_saying_why(params string[] args)
    {
        var users = await UserCountAsync();

        var run = await RunAsync(Password, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("never taken from the command line", run.Error);
        Assert.DoesNotContain(Password, run.All);
        Assert.Equal(users, await UserCountAsync());
    }

    [Fact]
    public async Task Admin_commands_never_write_the_password_to_their_output_or_the_log()
    {
        var runs = new[]
        {
            await RunAsync(Password, "admin", "create", "--user", "kanda", "--name", "นางสาวกานดา ผู้ดูแล"),
            await RunAsync(Password, "admin", "create", "--user", "kanda", "--name", "นางสาวกานดา ผู้ดูแล"),
            await RunAsync(NewPassword, "admin", "reset-password", "--user", "kanda"),
            await RunAsync(TooShort, "admin", "reset-password", "--user", "kanda"),
            await RunAsync("", "admin", "list"),
        };

        Assert.Equal([0, 1, 0, 1, 0], runs.Select(r => r.ExitCode));
        Assert.All(runs, r => Assert.DoesNotContain(Password, r.All));
        Assert.All(runs, r => Assert.DoesNotContain(NewPassword, r.All));
        Assert.Contains(app.Logs.Entries, e => e.Contains("kanda", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Contains(Password, StringComparison.Ordinal) || e.Contains(NewPassword, StringComparison.Ordinal)
            || e.Contains(TooShort, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_list_shows_the_administrators_and_no_other_user()
    {
        Assert.Equal(0, (await RunAsync(Password, "admin", "create", "--user", "wichai", "--name", "นายวิชัย ผู้ดูแล")).ExitCode);

        var run = await RunAsync("", "admin", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wichai\tนายวิชัย ผู้ดูแล", run.Output);
        Assert.DoesNotContain(Demo.Users, u => run.Output.Split('\n').Any(line => line.StartsWith(u + "\t", StringComparison.Ordinal)));
    }
}
