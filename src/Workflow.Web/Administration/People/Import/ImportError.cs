namespace Workflow.Web.Administration.People.Import;

/// <summary>One problem of a row: the column (as the header names it) and a message in the reader's language.</summary>
public sealed record ImportError(string Column, string Message);
