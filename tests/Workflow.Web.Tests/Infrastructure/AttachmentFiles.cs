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

    /// <summary>
    /// Sends the request and asserts that it wrote nothing: the same database counts, the same files in the
    /// attachments folder. Answers the response for the checks that follow (the caller disposes it).
    /// </summary>
    public static async Task<HttpResponseMessage> AssertStoresNothingAsync(WorkflowApp app, Func<Task<HttpResponseMessage>> request)
    {
        var before = await app.CountsAsync();
        var files = List(app);

        var response = await request();

        Assert.Equal(before, await app.CountsAsync());
        Assert.Equal(files, List(app));
        return response;
    }

    /// <summary>Where the store keeps the file with this SHA-256.</summary>
    public static string PathOf(WorkflowApp app, string sha256) => Path.Combine(app.AttachmentsPath, sha256[..2], sha256);
}
