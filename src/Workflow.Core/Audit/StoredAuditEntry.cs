namespace Workflow.Core.Audit;

public sealed record StoredAuditEntry(AuditRecord Record, string PreviousHash, string Hash);
