namespace Workflow.Core.Engine;

/// <summary>
/// In what capacity a person acts for a post: as its holder, as acting holder (รักษาราชการแทน), or under authority
/// the holder delegated (ปฏิบัติราชการแทน). The order is from strongest to weakest: <see cref="Actor.For"/> relies on it.
/// </summary>
public enum Capacity
{
    Self,
    Acting,
    Delegated,
}
