namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Starts a host that must not start; answers every message of the failure's chain, joined.</summary>
public static class StartupFailure
{
    public static string Of(WorkflowApp app)
    {
        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
            messages.Add(e.Message);
        return string.Join(Environment.NewLine, messages);
    }
}
