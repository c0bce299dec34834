using Workflow.Core.Classification;

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

    /// <summary>ชั้นความเร็ว, chosen by the author.</summary>
    public Urgency Urgency { get; init; }

    /// <summary>ชั้นความลับ, chosen by the author.</summary>
    public Secrecy Secrecy { get; init; }

    /// <summary>The fields of a request or form that passed validation, the classes given by their names.</summary>
    public static MemoFields Of(string issuer, string subject, string salutation, string body, string? urgency, string? secrecy) => new()
    {
        Issuer = issuer,
        Subject = subject,
        Salutation = salutation,
        Body = body,
        Urgency = ClassNames.Parse<Urgency>(urgency),
        Secrecy = ClassNames.Parse<Secrecy>(secrecy),
    };
}
