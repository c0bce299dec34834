using Workflow.Web.Application;

namespace Workflow.Web.Administration.People.Import;

/// <summary>
/// Why a whole file was refused before any row was read: its code, an English detail for the API, and the one value
/// the page's own text names (the missing columns, the encoding it looks like, the row limit).
/// </summary>
public sealed record ImportRefusal(int Status, string Code, string Detail, string Argument = "")
{
    public Failure ToFailure() => new(Status, Code, Detail, "file");
}
