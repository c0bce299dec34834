using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>SQLite file; relative paths are under the content root.</summary>
    [Required]
    public string Path { get; set; } = "data/workflow.db";

    /// <summary>
    /// SQLite synchronous mode with the WAL journal. Normal survives a process crash (kill -9) without loss;
    /// only a power cut or OS crash may lose the last commits. Full also survives those, at a cost in throughput.
    /// </summary>
    [RegularExpression("^(Normal|Full)$", ErrorMessage = "Database:Synchronous must be Normal or Full.")]
    public string Synchronous { get; set; } = "Normal";
}
