using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Core.Formatting;
using Workflow.Core.Text;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Public;

/// <summary>
/// A published memo in the list. <c>Urgency</c> is the frozen snapshot's, copied into the publication's row when it was
/// published: parsing each snapshot made a page of 100 cost 100 JSON documents (README "Performance").
/// </summary>
public sealed record PublicListItem(Guid Id, string RegisterNumber, string Subject, Urgency Urgency, DateTimeOffset SignedAt, DateTimeOffset PublishedAt, string Url);

public sealed record PublicPage(IReadOnlyList<PublicListItem> Items, int Total, int Page, int PageSize, string? Query);

/// <param name="Pdf">The sealed official PDF; null for memos published before PDFs were made.</param>
public sealed record PublicMemo(Guid Id, DateTimeOffset PublishedAt, string SnapshotHash, PublishedMemo Memo, string Url, PublicPdf? Pdf = null);

/// <summary>The sealed PDF of a publication as the public site links it.</summary>
public sealed record PublicPdf(string Url, string Sha256, long Size, string FileName, string? SealedBy, DateTimeOffset? SealedAt);

/// <summary>
/// The read side of the public website. It reads only the Publications table: nothing that has not been
/// signed and published is reachable from here, whatever id is asked for.
/// </summary>
public sealed class PublicSite(WorkflowDbContext db)
{
    public const int MaxPageSize = 100;

    public async Task<PublicPage> ListAsync(string? query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        // Cleaned as the stored text was (NFC, no invisible characters), so the query matches what the page shows.
        query = query is null ? null : PlainTextRules.Clean(query, multiline: false) is { Length: > 0 } cleaned ? cleaned : null;
        var publications = Visible();
        if (query is not null)
        {
            // Register numbers are stored with Thai digits; a search typed with Arabic digits finds them too.
            var thai = ThaiDigits.ToThai(query);
            publications = publications.Where(p => p.Subject.Contains(query) || p.RegisterNumber.Contains(query) || p.RegisterNumber.Contains(thai));
        }

        var total = await publications.CountAsync(ct);
        // In long: (page - 1) * pageSize overflows int for a far page and wrapped to a negative offset, i.e. page 1.
        var skip = (int)Math.Min((page - 1L) * pageSize, int.MaxValue);
        var rows = await publications.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Skip(skip).Take(pageSize)
            .Select(p => new { p.Id, p.RegisterNumber, p.Subject, p.SignedAt, p.PublishedAt, p.Urgency })
            .ToListAsync(ct);
        var items = rows.Select(p => new PublicListItem(p.Id, p.RegisterNumber, p.Subject, p.Urgency, p.SignedAt, p.PublishedAt, UrlOf(p.Id))).ToList();
        return new PublicPage(items, total, page, pageSize, query);
    }

    public async Task<PublicMemo?> FindAsync(Guid id, CancellationToken ct)
    {
        var p = await Visible().FirstOrDefaultAsync(p => p.Id == id, ct);
        return p is null ? null : ToMemo(p);
    }

    public async Task<IReadOnlyList<PublicMemo>> LatestAsync(int count, CancellationToken ct)
    {
        var rows = await Visible().OrderByDescending(p => p.PublishedAt).Take(count).ToListAsync(ct);
        return rows.Select(ToMemo).ToList();
    }

    // Only a secret memo's declassification publishes it; should one ever be classified after its publication, it is hidden again.
    private IQueryable<Publication> Visible() => VisibleIn(db);

    public static IQueryable<Publication> VisibleIn(WorkflowDbContext db) =>
        db.Publications.AsNoTracking().Where(p => db.Documents.Any(d => d.Id == p.DocumentId && d.Secrecy == Secrecy.None));

    private static PublicMemo ToMemo(Publication p) =>
        new(p.Id, p.PublishedAt, p.SnapshotHash, JsonSerializer.Deserialize<PublishedMemo>(p.Snapshot, SnapshotBuilder.Json)!, UrlOf(p.Id), PdfOf(p));

    private static PublicPdf? PdfOf(Publication p) =>
        p.PdfSha256 is null ? null : new(PdfUrlOf(p.Id), p.PdfSha256, p.PdfSize ?? 0, PdfFileName(p.RegisterNumber), p.SealedBy, p.SealedAt);

    /// <summary>The download name: the register number, whose "/" cannot be in a file name.</summary>
    public static string PdfFileName(string registerNumber) => SafeFileName.From($"บันทึกข้อความ {registerNumber.Replace('/', '-')}.pdf");

    public static string PdfUrlOf(Guid id) => $"/public/memos/{id}/memo.pdf";

    public static string UrlOf(Guid id) => $"/public/memos/{id}";

    // The class lives in the frozen snapshot only, the one record of what was signed; a page holds at most 100 of them.
}
