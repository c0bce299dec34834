namespace Workflow.Web.Data;

/// <summary>
/// A post (ตำแหน่ง) the routes name by key. Seeded from workflows/positions.json on a new database, then kept by the
/// administrator; a memo in route shows the current titles, a published memo keeps the ones frozen at signing.
/// </summary>
public sealed class Post
{
    public required string Key { get; set; }

    public required string TitleTh { get; set; }

    public required string TitleEn { get; set; }

    /// <summary>The post as written on memos, with the organisation's name where that is the custom: "ปลัดเทศบาลตำบล…".</summary>
    public required string MemoTitle { get; set; }

    /// <summary>Holders of this post (and acting or delegated persons) may read the register book (e.g. the clerk's office).</summary>
    public bool MayReadRegister { get; set; }

    /// <summary>Holders of this post may open the time-in-post page (where memos wait); seeded for the clerk and the mayor.</summary>
    public bool MaySeeTimeInPost { get; set; }

    public int Version { get; set; }
}
