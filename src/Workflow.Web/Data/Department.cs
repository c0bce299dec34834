namespace Workflow.Web.Data;

/// <summary>A ส่วนราชการ (สำนักปลัดเทศบาล, กองคลัง …): a person belongs to one; a new memo's issuer line is prefilled from it.</summary>
public sealed class Department
{
    /// <summary>Stable key for the API and CSV import, e.g. "clerk-office".</summary>
    public required string Key { get; set; }

    public required string NameTh { get; set; }

    public string NameEn { get; set; } = "";

    /// <summary>What a memo writes in ส่วนราชการ, e.g. "สำนักปลัดเทศบาล เทศบาลตำบล… โทร …".</summary>
    public required string IssuingLine { get; set; }

    public int Version { get; set; }
}
