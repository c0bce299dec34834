namespace Workflow.Web.Administration.People.Import;

/// <summary>
/// Every row of a file with its errors. The policy: a file is imported whole or not at all, so nothing is imported
/// while any row has an error (ADR 17).
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportRow> Rows)
{
    public int RowsWithErrors => Rows.Count(r => r.Errors.Count > 0);

    public bool CanImport => Rows.Count > 0 && RowsWithErrors == 0;
}
