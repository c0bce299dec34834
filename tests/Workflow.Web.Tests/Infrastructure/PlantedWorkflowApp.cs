namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The host whose attachments folder already holds, before it starts, an old unreferenced file and a new one.</summary>
public sealed class PlantedWorkflowApp : WorkflowApp
{
    public PlantedWorkflowApp()
    {
        OldOrphan = PlantedFiles.Stored(AttachmentsPath, TestPdf.Small(31_337), TimeSpan.FromHours(3));
        NewOrphan = PlantedFiles.Stored(AttachmentsPath, TestPdf.Small(31_338), TimeSpan.FromMinutes(1));
    }

    public string OldOrphan { get; }

    public string NewOrphan { get; }
}
