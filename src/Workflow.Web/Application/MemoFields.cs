namespace Workflow.Web.Application;

/// <summary>The memo fields an author writes (DESIGN.md §1), already validated.</summary>
public sealed record MemoFields
{
    /// <summary>ส่วนราชการ.</summary>
    public required string Issuer { get; init; }

    /// <summary>เรื่อง.</summary>
    public required string Subject { get; init; }

    /// <summary>เรียน.</summary>
    public required string Salutation { get; init; }

    public required string Body { get; init; }
}
