using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Formatting;
using Workflow.Core.Text;
using Workflow.Web.Data;

namespace Workflow.Web.Public;

public sealed record PublicListItem(Guid Id, string RegisterNumber, string Subject, DateTimeOffset SignedAt, DateTimeOffset PublishedAt, string Url);

public sealed record PublicPage(IReadOnlyList<PublicListItem> Items, int Total, int Page, int PageSize, string? Query);

public sealed record PublicMemo(Guid Id, DateTimeOffset PublishedAt, string SnapshotHash, PublishedMemo Memo, string Url);

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
        var publications = db.Publications.AsNoTracking();
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
            .Select(p => new { p.Id, p.RegisterNumber, p.Subject, p.SignedAt, p.PublishedAt })
            .ToListAsync(ct);
        var items = rows.Select(p => new PublicListItem(p.Id, p.RegisterNumber, p.Subject, p.SignedAt, p.PublishedAt, UrlOf(p.Id))).ToList();
        return new PublicPage(items, total, page, pageSize, query);
    }

    public async Task<PublicMemo?> FindAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return p is null ? null : ToMemo(p);
    }

    public async Task<IReadOnlyList<PublicMemo>> LatestAsync(int count, CancellationToken ct)
    {
        var rows = await db.Publications.AsNoTracking().OrderByDescending(p => p.PublishedAt).Take(count).ToListAsync(ct);
        return rows.Select(ToMemo).ToList();
    }

    private static PublicMemo ToMemo(Publication p) =>
        new(p.Id, p.PublishedAt, p.SnapshotHash, JsonSerializer.Deserialize<PublishedMemo>(p.Snapshot, SnapshotBuilder.Json)!, UrlOf(p.Id));

    public static string UrlOf(Guid id) => $"/public/memos/{id}";
}
