namespace Workflow.Web.Tests.Infrastructure;

/// <summary>What lies in the host's attachments folder: "nothing stored" compares two of these.</summary>
public static class AttachmentFiles
{
    /// <summary>Every file under the attachments folder (temporary uploads included), relative to it, in order.</summary>
    public static List<string> List(WorkflowApp app) => !Directory.Exists(app.AttachmentsPath) ? [] :
        Directory.EnumerateFiles(app.AttachmentsPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(app.AttachmentsPath, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Where the store keeps the file with this SHA-256.</summary>
    public static string PathOf(WorkflowApp app, string sha256) => Path.Combine(app.AttachmentsPath, sha256[..2], sha256);
}
