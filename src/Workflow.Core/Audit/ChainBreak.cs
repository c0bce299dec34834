namespace Workflow.Core.Audit;

public sealed record ChainBreak(int Sequence, string Reason);
