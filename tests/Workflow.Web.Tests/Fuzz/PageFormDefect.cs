namespace Workflow.Web.Tests.Fuzz;

/// <summary>A post made defective: who sends it, where, the body, and what is wrong with it (empty: nothing, it would take effect).</summary>
public sealed record PageFormDefect(PageFormSession Session, string Path, PageFormBody Body, string Defect);
