using System.Globalization;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The host with small per-memo attachment limits, so that a test reaches them with a few small files.</summary>
public sealed class LimitedWorkflowApp : WorkflowApp
{
    public const int MaxAttachments = 3;

    /// <summary>Above one file's limit (<see cref="WorkflowApp.MaxAttachmentBytes"/>, 64 KB), below two such files.</summary>
    public const long MaxTotalBytes = 100 * 1024;

    public LimitedWorkflowApp()
    {
        Settings["Storage:MaxAttachmentsPerDocument"] = MaxAttachments.ToString(CultureInfo.InvariantCulture);
        Settings["Storage:MaxAttachmentBytesPerDocument"] = MaxTotalBytes.ToString(CultureInfo.InvariantCulture);
    }
}
