namespace Workflow.Core.Engine;

/// <summary>In what capacity a person acts for a post: as its holder, or as acting holder (รักษาราชการแทน).</summary>
public enum Capacity
{
    Self,
    Acting,
}
