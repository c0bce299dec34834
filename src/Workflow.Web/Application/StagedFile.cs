namespace Workflow.Web.Application;

/// <summary>
/// An uploaded file written to a temporary name in the attachments folder and hashed, not yet referenced by any
/// memo. Disposing it deletes the temporary file unless <see cref="AttachmentStore.PlaceAsync{T}"/> moved it.
/// </summary>
public sealed class StagedFile(string tempPath, string sha256, long size) : IDisposable
{
    public string TempPath { get; } = tempPath;

    public string Sha256 { get; } = sha256;

    public long Size { get; } = size;

    public void Dispose()
    {
        if (File.Exists(TempPath))
            File.Delete(TempPath);
    }
}
