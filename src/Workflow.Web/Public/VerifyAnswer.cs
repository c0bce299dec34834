namespace Workflow.Web.Public;

/// <summary>
/// What the verify page says of a file or a SHA-256: whether it is one of this municipality's publications (which one,
/// signed and sealed when), and, for a file, whether its seal is intact and covers the whole file.
/// </summary>
/// <param name="Publication">The publication whose sealed PDF has this SHA-256; null: none of ours.</param>
/// <param name="SealIntact">Null when only a SHA-256 was given and it is not ours (there is no file to check).</param>
public sealed record VerifyAnswer(
    string Sha256,
    bool Genuine,
    VerifiedPublication? Publication,
    bool? Sealed,
    bool? SealIntact,
    bool? CoversWholeFile,
    bool? SealedByThisMunicipality,
    string? SealedBy,
    DateTimeOffset? SealedAt);

public sealed record VerifiedPublication(Guid Id, string RegisterNumber, string Subject, DateTimeOffset SignedAt, DateTimeOffset PublishedAt, string Url, string PdfUrl);
