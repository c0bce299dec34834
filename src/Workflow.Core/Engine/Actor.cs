namespace Workflow.Core.Engine;

/// <summary>Who asks to act: the person and every post they may act for.</summary>
public sealed record Actor(string UserId, IReadOnlyList<HeldPosition> Positions)
{
    /// <summary>Holding a post outright wins over acting for it, so the audit names the stronger capacity.</summary>
    public HeldPosition? For(string position) =>
        Positions.Where(p => p.Position == position).OrderBy(p => p.Capacity).FirstOrDefault();
}
