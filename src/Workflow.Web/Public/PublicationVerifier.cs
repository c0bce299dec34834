using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;
using Workflow.Web.Sealing;

namespace Workflow.Web.Public;

/// <summary>
/// The verify page's answer: a file is genuine when its SHA-256 is that of a visible publication's sealed PDF and its
/// seal checks out; a SHA-256 alone is looked up, and the stored file's seal is checked in its place. A secret memo's
/// publication does not exist, so its file is "not ours" like any other.
/// </summary>
public sealed partial class PublicationVerifier(WorkflowDbContext db, PublicationFiles files, IPdfSeal seal, IOptions<PublicationOptions> options)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public long MaxBytes => options.Value.MaxVerifyBytes;

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Text();

    public async Task<Outcome<VerifyAnswer>> VerifyFileAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
                return new Failure(StatusCodes.Status413PayloadTooLarge, "too-large", $"The file is larger than {MaxBytes / 1024 / 1024} MB.", "file");
            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
            return Failure.Invalid("file", "The file is empty.");
        if (!bytes.AsSpan().StartsWith(PdfMagic))
            return new Failure(StatusCodes.Status415UnsupportedMediaType, "not-a-pdf", "The file is not a PDF: it does not start with %PDF-.", "file");
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return Answer(sha, await FindAsync(sha, ct), seal.Check(bytes));
    }

    public async Task<Outcome<VerifyAnswer>> VerifyShaAsync(string? text, CancellationToken ct)
    {
        var sha = text?.Trim() ?? "";
        if (!Sha256Text().IsMatch(sha))
            return Failure.Invalid("sha256", "A SHA-256 is 64 hexadecimal characters (0-9, a-f).");
        sha = sha.ToLowerInvariant();
        var publication = await FindAsync(sha, ct);
        if (publication is null)
            return Answer(sha, null, null);
        await using var stored = files.Open(sha);
        if (stored is null)
            return Answer(sha, publication, null);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy, ct);
        return Answer(sha, publication, seal.Check(copy.ToArray()));
    }

    private static VerifyAnswer Answer(string sha, VerifiedPublication? publication, SealCheck? check) =>
        new(sha, publication is not null && check is { Genuine: true }, publication, check?.Sealed, check?.Intact, check?.CoversWholeFile,
            check?.ByThisMunicipality, check?.SealedBy, check?.SealedAt);

    private async Task<VerifiedPublication?> FindAsync(string sha, CancellationToken ct)
    {
        var p = await PublicSite.VisibleIn(db).Where(p => p.PdfSha256 == sha)
            .Select(p => new { p.Id, p.RegisterNumber, p.Subject, p.SignedAt, p.PublishedAt })
            .FirstOrDefaultAsync(ct);
        return p is null ? null : new(p.Id, p.RegisterNumber, p.Subject, p.SignedAt, p.PublishedAt, PublicSite.UrlOf(p.Id), PublicSite.PdfUrlOf(p.Id));
    }
}
