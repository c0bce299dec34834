using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// One memo in every state the service knows, each with its own subject (so a test can look for it on the public
/// site): drafts on both routes, in route at two steps, returned, refused, withdrawn, and signed (then published).
/// The draft and the signed memo carry a PDF.
/// </summary>
public sealed record MemosInEveryState(
    IReadOnlyDictionary<string, (Guid Id, string Subject)> Memos,
    Guid DraftAttachment,
    Guid SignedAttachment,
    Guid PublicationId)
{
    public static readonly string[] Unpublished = ["draft", "finance-draft", "in-route-0", "in-route-2", "returned", "refused", "withdrawn"];

    public Guid this[string state] => Memos[state].Id;

    public static async Task<MemosInEveryState> SeedAsync(WorkflowApp app, string tag)
    {
        var api = app.Api;
        var memos = new Dictionary<string, (Guid, string)>();
        async Task<Guid> DraftAsync(string state, string user = Demo.Legal, string route = Demo.MemoRoute)
        {
            var subject = $"เรื่องทดสอบ {tag} {state} {Guid.NewGuid():N}";
            var id = (await api.CreateDraftAsync(user, route, subject)).Id;
            memos[state] = (id, subject);
            return id;
        }

        async Task<Guid> AtStepAsync(string state, int step, Guid? existing = null)
        {
            var id = existing ?? await DraftAsync(state);
            await api.ActOkAsync(Demo.Legal, id, "submit");
            for (var i = 0; i < step; i++)
                await api.ActOkAsync(Demo.MemoSteps[i], id, "endorse");
            return id;
        }

        var draftAttachment = await UploadAsync(api, await DraftAsync("draft"));
        await DraftAsync("finance-draft", Demo.Finance, Demo.FinanceRoute);
        await AtStepAsync("in-route-0", 0);
        await AtStepAsync("in-route-2", 2);
        await api.ActOkAsync(Demo.Office, await AtStepAsync("returned", 1), "return", "แก้ไขวันที่");
        await api.ActOkAsync(Demo.Office, await AtStepAsync("refused", 1), "refuse", "ไม่อนุญาต");
        await api.ActOkAsync(Demo.Legal, await AtStepAsync("withdrawn", 0), "withdraw", "ถอนเรื่อง");

        var signed = await DraftAsync("signed");
        var signedAttachment = await UploadAsync(api, signed);
        await AtStepAsync("signed", Demo.MemoSteps.Length - 1, signed);
        await api.ActOkAsync(Demo.Mayor, signed, "sign");

        // Nothing may still be on its way when a test compares the database before and after.
        Assert.True(await app.EventuallyAsync(async db =>
            await db.Publications.AnyAsync(p => p.DocumentId == signed) && !await db.Outbox.AnyAsync(o => o.SentAt == null)),
            "The signed memo was not published within 10 s.");
        var publication = await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == signed).Select(p => p.Id).SingleAsync());
        return new MemosInEveryState(memos, draftAttachment, signedAttachment, publication);
    }

    private static async Task<Guid> UploadAsync(ApiClient api, Guid id)
    {
        using var response = await api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf"));
        return (await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created)).Id;
    }
}
