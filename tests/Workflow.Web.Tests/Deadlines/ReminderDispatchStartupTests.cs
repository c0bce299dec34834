using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>The reminder dispatcher's settings are checked at start-up.</summary>
public sealed class ReminderDispatchStartupTests
{
    [Theory]
    [InlineData("Deadlines:PollInterval", "00:00:00")]
    [InlineData("Deadlines:ClaimLease", "-00:01:00")]
    public async Task Startup_stops_naming_the_setting_when_it_is_not_positive(string setting, string value)
    {
        await using var app = new WorkflowApp();
        app.Settings[setting] = value;

        Assert.Contains(setting, StartupFailure.Of(app));
    }
}
