using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Core.Formatting;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Public;

/// <summary>Takes the snapshot of a signed document: what the mayor signed, with the endorsement chain.</summary>
public sealed class SnapshotBuilder(WorkflowDbContext db, MemoQueries queries, RegisterNumberAllocator calendar)
{
    // Thai stays readable in the stored JSON; the snapshot is data, encoded again whenever it is shown.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<(PublishedMemo Memo, string Json, string Hash)?> BuildAsync(Guid documentId, CancellationToken ct)
    {
        var doc = await db.Documents.AsNoTracking().Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (doc is not { Status: DocumentStatus.Signed, RegisterNumber: not null, MemoDate: not null })
            return null;
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.DocumentId == documentId).OrderBy(a => a.Sequence).ToListAsync(ct);
        var view = queries.ToView(doc, queries.RouteOf(doc), history, user: null);
        var signed = history.Last(a => a.Action == ActionKind.Sign);
        var memo = new PublishedMemo(
            doc.Id, doc.RouteId, doc.RegisterNumber, ThaiDate.Format(doc.MemoDate.Value), doc.Issuer, doc.Subject, doc.Salutation,
            doc.Body.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            doc.AuthorName, view.AuthorPosition.Th,
            view.History.Select(h => new PublishedAction(h.Sequence, h.Action, h.UserName, h.ActedFor.Th, h.ActedFor.En, h.Capacity,
                h.Note, h.DateThai, h.MarginalNote, h.PersonalTitle, h.ActedFor.MemoTitle, h.OrderNumber,
                    // Null, not false, when there was none: snapshots from before the second factor read the same.
                    h.SecondFactor ? true : null)).ToList(),
            doc.Attachments.OrderBy(a => a.UploadedAt).Select(a => new PublishedAttachment(a.Id, SafeFileName.EndingInPdf(a.FileName), a.Size, a.Sha256)).ToList(),
            signed.At,
            ThaiDate.Format(calendar.LocalDate(signed.At)),
            view.AuthorTitle,
            doc.Urgency);
        var json = JsonSerializer.Serialize(memo, Json);
        return (memo, json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }
}
