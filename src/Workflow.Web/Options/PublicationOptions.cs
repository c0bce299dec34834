using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

/// <summary>Where sealed PDFs live, how often a waiting publication is tried again, and the verify page's upload limit.</summary>
public sealed class PublicationOptions
{
    public const string Section = "Publication";

    /// <summary>Folder of the sealed PDFs (named by SHA-256); relative paths are under the content root. Shared by every instance.</summary>
    [Required]
    public string PdfPath { get; set; } = "data/publications";

    /// <summary>How often a signed memo that could not be published yet (no seal: expired certificate) is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A signed memo still unpublished after this long makes /health degraded (the consumer normally takes milliseconds).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WaitingDegradedAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest PDF the verify page accepts.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxVerifyBytes { get; set; } = 20 * 1024 * 1024;
}
