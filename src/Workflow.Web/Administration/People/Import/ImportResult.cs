namespace Workflow.Web.Administration.People.Import;

/// <summary>The people a file created, in the file's order. None of them has a password yet (ADR 17).</summary>
public sealed record ImportResult(IReadOnlyList<ImportedPerson> People);
