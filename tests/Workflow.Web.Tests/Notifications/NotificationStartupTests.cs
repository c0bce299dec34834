using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>E-mail settings are checked at start-up when e-mail is on.</summary>
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
}
