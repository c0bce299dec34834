using Workflow.Web.Tests.Classes;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Deadlines;

/// <summary>Deadlines:* settings: a bad one stops start-up with one message naming it; a good urgency rule shortens due times.</summary>
public sealed class DeadlineSettingsTests
{
    private static readonly TimeSpan Bangkok = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("Deadlines:DueSoonLead", "00:00:00", "must be positive")]
    [InlineData("Deadlines:OverdueRepeat", "-01:00:00", "must be positive")]
    [InlineData("Deadlines:EscalationDelay", "-00:30:00", "must not be negative")]
    [InlineData("Deadlines:Urgency:VeryUrgent:AtMost", "2 days", "is not an ISO 8601 duration")]
    [InlineData("Deadlines:Urgency:Urgent:AtMost", "P1W", "counts years, months or weeks")]
    [InlineData("Deadlines:Urgency:MostUrgent:AtMost", "PT0M", "is zero")]
    public async Task Host_fails_to_start_with_one_message_naming_the_bad_deadline_setting(string key, string value, string problem)
    {
        await using var app = new WorkflowApp();
        app.Settings[key] = value;

        var message = StartupFailure.Of(app);

        var named = message.Split(Environment.NewLine).Where(m => m.Contains("Deadlines:", StringComparison.Ordinal)).Distinct().ToList();
        var line = Assert.Single(named);
        Assert.Contains(key + (key.EndsWith("AtMost", StringComparison.Ordinal) ? ": " : " "), line);
        Assert.Contains(problem, line);
    }

    [Fact]
    public async Task Very_urgent_memo_is_due_within_the_configured_cap()
    {
        await using var app = new ClockedWorkflowApp();
        app.Settings["Deadlines:Urgency:VeryUrgent:AtMost"] = "PT4H";
        app.SetClock(new DateTimeOffset(2027, 3, 8, 10, 0, 0, Bangkok));

        var id = await ClassDrafts.SubmittedAsync(app, "very-urgent");

        var memo = await app.Api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal(TimeSpan.FromHours(4), memo.DueAt - memo.WaitingSince);
    }

    [Fact]
    public async Task Urgent_memo_keeps_the_steps_time_when_halving_is_turned_off()
    {
        await using var app = new ClockedWorkflowApp();
        app.Settings["Deadlines:Urgency:Urgent:Halve"] = "false";
        app.SetClock(new DateTimeOffset(2027, 3, 8, 10, 0, 0, Bangkok));

        var id = await ClassDrafts.SubmittedAsync(app, "urgent");

        Assert.Equal(new DateTimeOffset(2027, 3, 10, 16, 30, 0, Bangkok), (await app.Api.GetDocumentAsync(Demo.Legal, id)).DueAt);
    }
}
