namespace Workflow.Web.Telemetry;

/// <summary>How many outbox events wait, and for how long the oldest of them has.</summary>
public readonly record struct OutboxBacklog(int Unsent, TimeSpan OldestAge);
