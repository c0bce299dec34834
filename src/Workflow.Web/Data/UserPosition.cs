using Workflow.Core.Engine;

namespace Workflow.Web.Data;

/// <summary>A post a user may act for, as its holder or as acting holder (รักษาราชการแทน).</summary>
public sealed class UserPosition
{
    public required string UserId { get; set; }

    public required string Position { get; set; }

    public Capacity Capacity { get; set; }
}
