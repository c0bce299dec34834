using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    /// <summary>Folder for attachment files (stored by SHA-256); relative paths are under the content root.</summary>
    [Required]
    public string AttachmentsPath { get; set; } = "data/attachments";

    [Range(1024, 1L << 30)]
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;

    [Range(1, 1000)]
    public int MaxAttachmentsPerDocument { get; set; } = 20;

    [Range(1024, 1L << 40)]
    public long MaxAttachmentBytesPerDocument { get; set; } = 100 * 1024 * 1024;

    /// <summary>An unreferenced file younger than this is left alone: an upload may be about to reference it.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxAttachmentBytesPerDocument < MaxAttachmentBytes)
        {
            yield return new ValidationResult(
                $"Storage:MaxAttachmentBytesPerDocument ({MaxAttachmentBytesPerDocument}) must be at least Storage:MaxAttachmentBytes ({MaxAttachmentBytes}).",
                [nameof(MaxAttachmentBytesPerDocument)]);
        }
    }
}
