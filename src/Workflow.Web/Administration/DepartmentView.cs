namespace Workflow.Web.Administration;

/// <summary>A department as the API answers it, with how many people belong to it.</summary>
public sealed record DepartmentView(string Key, string NameTh, string NameEn, string IssuingLine, int Version, int People);
