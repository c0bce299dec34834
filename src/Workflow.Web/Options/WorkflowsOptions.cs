namespace Workflow.Web.Options;

public sealed class WorkflowsOptions
{
    public const string Section = "Workflows";

    /// <summary>Folder of route definitions; empty means the copy of workflows/ beside the binaries.</summary>
    public string? Path { get; set; }

    public string ResolvedPath => string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "workflows") : Path;
}
