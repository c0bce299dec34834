namespace Workflow.Web.Tests.Infrastructure;

/// <summary>One document as stored; equal before and after means the request changed nothing about it.</summary>
public sealed record DocumentCounts(int Version, string Status, int AuditEntries, int OutboxRows, int Attachments);
