namespace Workflow.Core.Engine;

public sealed record HeldPosition(string Position, Capacity Capacity);
