namespace Workflow.Web.Administration.People.Import;

/// <summary>One row of the file as the preview shows it: its line in the file, the person it would create, what is wrong with it.</summary>
public sealed record ImportRow(int Line, PersonInput Person, string DisplayName, IReadOnlyList<ImportError> Errors);
