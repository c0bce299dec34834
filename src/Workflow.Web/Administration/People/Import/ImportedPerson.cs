namespace Workflow.Web.Administration.People.Import;

/// <summary>One person the import created: the file line, the new id and user name.</summary>
public sealed record ImportedPerson(int Line, string Id, string UserName);
