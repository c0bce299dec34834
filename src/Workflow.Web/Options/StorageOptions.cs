using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for attachment files (stored by SHA-256); relative paths are under the content root.</summary>
    [Required]
    public string AttachmentsPath { get; set; } = "data/attachments";

    [Range(1024, 1L << 30)]
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;
}
