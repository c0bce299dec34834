using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>E-mail settings are checked at start-up when e-mail is on; the failure names the setting to fix.</summary>
public sealed class NotificationStartupTests
{
    [Fact]
    public async Task Startup_stops_naming_Mail_Host_when_mail_is_enabled_without_a_host()
    {
        await using var app = new WorkflowApp();
        app.Settings["Mail:Enabled"] = "true";
        app.Settings["Mail:From"] = "saraban@chokchai.example";

        Assert.Contains("Mail:Host", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Startup_stops_naming_Mail_From_when_mail_is_enabled_without_a_sender()
    {
        await using var app = MailOnWith("Mail:From", null);

        Assert.Contains("Mail:From", StartupFailure.Of(app));
    }

    [Fact]
    public async Task Startup_stops_naming_Mail_Security_when_its_value_is_unknown()
    {
        await using var app = MailOnWith("Mail:Security", "Tls13Please");

        Assert.Contains("Mail:Security", StartupFailure.Of(app));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    public async Task Startup_stops_naming_Mail_Port_when_the_port_is_out_of_range(string port)
    {
        await using var app = MailOnWith("Mail:Port", port);

        Assert.Contains("Mail:Port", StartupFailure.Of(app));
    }

    /// <summary>A host whose mail settings are all valid but the one given.</summary>
    private static WorkflowApp MailOnWith(string key, string? value)
    {
        var app = new WorkflowApp();
        MailWorkflowApp.UseSmtp(app.Settings, 2525);
        app.Settings[key] = value;
        return app;
    }
}
