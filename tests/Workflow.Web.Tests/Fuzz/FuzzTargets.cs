using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// What the fuzzer aims at: a memo in every state the service knows, attachments on a draft and on a published
/// memo, the publication, and a bearer token for every demo user.
/// </summary>
public sealed record FuzzTargets(
    IReadOnlyDictionary<string, Guid> Documents,
    Guid PublicationId,
    IReadOnlyList<Guid> Attachments,
    IReadOnlyDictionary<string, string> Tokens)
{
    public IReadOnlyList<Guid> DocumentIds => [.. Documents.Values];

    public static async Task<FuzzTargets> SeedAsync(WorkflowApp app)
    {
        var api = app.Api;
        var docs = new Dictionary<string, Guid>
        {
            ["draft"] = (await api.CreateDraftAsync()).Id,
            ["finance-draft"] = (await api.CreateDraftAsync(Demo.Finance, Demo.FinanceRoute)).Id,
            ["in-route-0"] = await api.MemoAtStepAsync(0),
            ["in-route-2"] = await api.MemoAtStepAsync(2),
        };
        var draftAttachment = await UploadAsync(api, docs["draft"]);

        docs["returned"] = await api.MemoAtStepAsync(1);
        await api.ActOkAsync(Demo.Office, docs["returned"], "return", "แก้ไขวันที่");
        docs["refused"] = await api.MemoAtStepAsync(1);
        await api.ActOkAsync(Demo.Office, docs["refused"], "refuse", "ไม่อนุญาต");
        docs["withdrawn"] = await api.MemoAtStepAsync(0);
        await api.ActOkAsync(Demo.Legal, docs["withdrawn"], "withdraw", "ถอนเรื่อง");

        var signed = (await api.CreateDraftAsync()).Id;
        var signedAttachment = await UploadAsync(api, signed);
        await api.ActOkAsync(Demo.Legal, signed, "submit");
        foreach (var user in Demo.MemoSteps[..^1])
            await api.ActOkAsync(user, signed, "endorse");
        await api.ActOkAsync(Demo.Mayor, signed, "sign");
        docs["signed"] = signed;

        // The fuzz compares the database before and after: nothing may still be on its way when it starts.
        Assert.True(await app.EventuallyAsync(async db =>
            await db.Publications.AnyAsync(p => p.DocumentId == signed) && !await db.Outbox.AnyAsync(o => o.SentAt == null)),
            "The signed memo was not published within 10 s.");
        var publication = await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == signed).Select(p => p.Id).SingleAsync());

        var tokens = new Dictionary<string, string>();
        foreach (var user in Demo.Users)
            tokens[user] = (await api.LoginAsync(user)).DefaultRequestHeaders.Authorization!.Parameter!;
        return new FuzzTargets(docs, publication, [draftAttachment, signedAttachment], tokens);
    }

    private static async Task<Guid> UploadAsync(ApiClient api, Guid id)
    {
        using var response = await api.UploadAsync(Demo.Legal, id, Pdf.Multipart(Pdf.Small(), "รายงาน.pdf"));
        return (await ApiClient.ReadAsync<Workflow.Web.Application.AttachmentView>(response, HttpStatusCode.Created)).Id;
    }
}
