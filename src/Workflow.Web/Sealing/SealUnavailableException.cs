namespace Workflow.Web.Sealing;

/// <summary>The seal cannot be made now (certificate expired or not yet valid, time-stamp authority unreachable).</summary>
public sealed class SealUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
