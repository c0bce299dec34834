using System.Text.Json;

namespace Workflow.Web.Operations;

/// <summary>
/// manifest.json of a backup folder, written last: a folder without one is an interrupted backup. Attachment
/// files are named by their SHA-256, so they need no list of their own here.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string DatabaseSha256,
    long DatabaseBytes,
    IReadOnlyDictionary<string, long> Rows,
    int AttachmentFiles,
    long AttachmentBytes,
    IReadOnlyList<BackupKeyFile> Keys)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
    public const string DatabaseFile = "workflow.db";
    public const string AttachmentsFolder = "attachments";
    public const string KeysFolder = "keys";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };
}
