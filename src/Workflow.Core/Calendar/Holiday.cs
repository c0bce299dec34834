namespace Workflow.Core.Calendar;

/// <summary>A day the offices are closed besides the weekend: a public holiday, a substitution day or a special one.</summary>
public sealed record Holiday(DateOnly Date, string NameTh, string? NameEn = null);
