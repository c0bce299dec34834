using Workflow.Core.Numbering;

namespace Workflow.Web.Data;

/// <summary>
/// The municipality itself: one row. Settings give its first values on a new database (Register:*); from then on
/// the administrator keeps it, and pages, the feed and memos read it from here.
/// </summary>
public sealed class Organisation
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The agency's letter code written before "/" in ที่, e.g. "นม 53801".</summary>
    public string LetterCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Telephone { get; set; } = "";

    /// <summary>IANA id, e.g. "Asia/Bangkok": the day a memo bears and the day an assignment starts or lapses.</summary>
    public string TimeZone { get; set; } = "Asia/Bangkok";

    public RegisterYearBasis YearBasis { get; set; }

    /// <summary>The emblem (ตราสัญลักษณ์) shown at the top left of the memo sheet; a PNG checked by content.</summary>
    public byte[]? Emblem { get; set; }

    public string? EmblemSha256 { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token, incremented by every change.</summary>
    public int Version { get; set; }
}
