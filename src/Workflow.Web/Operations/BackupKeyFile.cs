namespace Workflow.Web.Operations;

/// <summary>One data-protection key file in a backup.</summary>
public sealed record BackupKeyFile(string Name, string Sha256);
