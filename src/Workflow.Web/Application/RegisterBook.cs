using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Core.Formatting;
using Workflow.Core.Text;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// The register book (ทะเบียนหนังสือส่ง) of a year: every memo that was given a number, withdrawn and refused ones
/// included, since a number once given stays in the register. Read-only; subjects are shown (ADR 14); secret memos are not.
/// </summary>
public sealed class RegisterBook(WorkflowDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<RegisterPage> ListAsync(int year, string? query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        query = Cleaned(query);
        var entries = Of(year, query);
        var total = await entries.CountAsync(ct);
        var skip = (int)Math.Min((page - 1L) * pageSize, int.MaxValue);
        var items = await Newest(entries).Skip(skip).Take(pageSize).ToListAsync(ct);
        return new RegisterPage(year, items, total, page, pageSize, query);
    }

    /// <summary>The years whose register holds a number, and the current one, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int current, CancellationToken ct)
    {
        var years = await Open().Where(d => d.RegisterNumber != null).Select(d => d.RegisterYear).Distinct().ToListAsync(ct);
        return years.OfType<int>().Append(current).Distinct().OrderDescending().ToList();
    }

    /// <summary>The whole year, newest first, read as it is written out rather than loaded at once.</summary>
    public IAsyncEnumerable<RegisterEntry> AllAsync(int year) => Newest(Of(year, null)).AsAsyncEnumerable();

    private IQueryable<Document> Of(int year, string? query)
    {
        var documents = Open().Where(d => d.RegisterYear == year && d.RegisterNumber != null);
        if (query is null)
            return documents;
        // Numbers are written in Thai or Arabic digits (a setting); a search typed either way finds them.
        var thai = ThaiDigits.ToThai(query);
        var arabic = ThaiDigits.ToArabic(query);
        return documents.Where(d => d.Subject.Contains(query) || d.RegisterNumber!.Contains(thai) || d.RegisterNumber!.Contains(arabic));
    }

    // A secret memo keeps its number but is in no register reader's book (ADR 23): its readers find it in their own lists.
    private IQueryable<Document> Open() => db.Documents.AsNoTracking().Where(d => d.Secrecy == Secrecy.None);

    // Same prefix, same digits: a longer number is a later one, and among equal lengths text order is number order.
    private static IQueryable<RegisterEntry> Newest(IQueryable<Document> documents) => documents
        .OrderByDescending(d => d.MemoDate).ThenByDescending(d => d.RegisterNumber!.Length).ThenByDescending(d => d.RegisterNumber)
        .Select(d => new RegisterEntry(d.Id, d.RegisterNumber!, d.MemoDate, d.Subject, d.AuthorName, d.Issuer, d.Status.ToString(), d.Urgency, d.Secrecy));

    // Cleaned as stored text is (NFC, no invisible characters), so the query matches what the book shows.
    private static string? Cleaned(string? query) =>
        query is not null && PlainTextRules.Clean(query, multiline: false) is { Length: > 0 } cleaned ? cleaned : null;
}
