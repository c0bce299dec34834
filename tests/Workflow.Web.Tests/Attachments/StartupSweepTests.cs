using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Attachments;

/// <summary>The host sweeps its attachments folder when it starts: an old unreferenced file goes, a young one stays.</summary>
public sealed class StartupSweepTests(PlantedWorkflowApp app) : IClassFixture<PlantedWorkflowApp>
{
    [Fact]
    public async Task Host_deletes_old_unreferenced_files_when_it_starts()
    {
        using var client = app.CreateClient();

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (File.Exists(app.OldOrphan) && DateTime.UtcNow < until)
            await Task.Delay(50, TestContext.Current.CancellationToken);

        Assert.False(File.Exists(app.OldOrphan));
        Assert.True(File.Exists(app.NewOrphan));
    }
}
