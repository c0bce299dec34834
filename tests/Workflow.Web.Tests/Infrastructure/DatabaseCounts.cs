namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Whole-database counts; equal before and after means the request wrote nothing.</summary>
public sealed record DatabaseCounts(int Documents, int VersionSum, int AuditEntries, int OutboxRows, int Attachments, int RegisterNumbersGiven);
