namespace Workflow.Core.Engine;

/// <summary>A post a person may act for now, in which capacity, and the order (คำสั่งที่ …) that gave it, if any.</summary>
public sealed record HeldPosition(string Position, Capacity Capacity, string? OrderNumber = null);
