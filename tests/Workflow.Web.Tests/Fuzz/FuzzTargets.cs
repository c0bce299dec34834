using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// What the fuzzer aims at: a memo in every state the service knows, attachments on a draft and on a published
/// memo, the publication, and a bearer token for every demo user.
/// </summary>
public sealed record FuzzTargets(
    IReadOnlyList<Guid> DocumentIds,
    Guid PublicationId,
    IReadOnlyList<Guid> Attachments,
    IReadOnlyDictionary<string, string> Tokens)
{
    public static async Task<FuzzTargets> SeedAsync(WorkflowApp app)
    {
        var memos = await MemosInEveryState.SeedAsync(app, "fuzz");
        var tokens = new Dictionary<string, string>();
        foreach (var user in Demo.Users)
            tokens[user] = (await app.Api.LoginAsync(user)).DefaultRequestHeaders.Authorization!.Parameter!;
        return new FuzzTargets([.. memos.Memos.Values.Select(m => m.Id)], memos.PublicationId, [memos.DraftAttachment, memos.SignedAttachment], tokens);
    }
}
