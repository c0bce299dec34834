namespace Workflow.Web.Data;

/// <summary>The last register number given for one prefix and year.</summary>
public sealed class RegisterCounter
{
    public required string Key { get; set; }

    public int Last { get; set; }
}
