using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// A memo in one state for the page matrices: the API actions that bring it there and, written out from the rules
/// rather than asked of the engine, who may read it (its author and every position it has reached; the deputy acts
/// for the office head), whose inbox it waits in, and which of its readers the engine tells "moved on" (409) rather
/// than "not your turn" (403). Everyone else is told it does not exist (404).
/// </summary>
public sealed record MemoCase(
    string Name,
    string Status,
    string Author,
    (string User, string Action)[] Moves,
    string[] Readers,
    string[] WaitsFor,
    string[] MovedOnFor)
{
    private static readonly (string, string)[] AtOffice = [(Legal, "submit"), (Section, "endorse")];
    private static readonly (string, string)[] AtMayor = [.. AtOffice, (Office, "endorse"), (Clerk, "endorse")];

    // Once a memo has left the route (returned, signed), every approver it reached is told "moved on"; one it never
    // reached (the clerk and the mayor on a memo returned at the office head's step) may not read it: 404.
    private static readonly string[] AllApprovers = [Section, Office, Deputy, Clerk, Mayor];

    public static readonly MemoCase[] All =
    [
        new("draft", "Draft", Legal, [], [Legal], [], []),
        new("step-0", "InRoute", Legal, [(Legal, "submit")], [Legal, Section], [Section], []),
        new("step-1", "InRoute", Legal, AtOffice, [Legal, Section, Office, Deputy], [Office, Deputy], [Section]),
        new("step-2", "InRoute", Legal, [.. AtOffice, (Office, "endorse")], [Legal, Section, Office, Deputy, Clerk], [Clerk], [Section, Office, Deputy]),
        new("step-3", "InRoute", Legal, AtMayor, [Legal, Section, Office, Deputy, Clerk, Mayor], [Mayor], [Section, Office, Deputy, Clerk]),
        new("returned", "Returned", Legal, [.. AtOffice, (Office, "return")], [Legal, Section, Office, Deputy], [], [Section, Office, Deputy]),
        new("signed", "Signed", Legal, [.. AtMayor, (Mayor, "sign")], [Legal, Section, Office, Deputy, Clerk, Mayor], [], AllApprovers),
        new("finance-step-0", "InRoute", Finance, [(Finance, "submit")], [Finance, Director], [Director], []),
    ];

    public static IEnumerable<string> Names => All.Select(c => c.Name);

    public static MemoCase Named(string name) => All.Single(c => c.Name == name);

    public string Route => Author == Finance ? FinanceRoute : MemoRoute;

    public bool Editable => Status is "Draft" or "Returned";

    public bool Final => Status is "Signed";

    /// <summary>The last step of both routes is the mayor's signature; the others are endorsements.</summary>
    public bool AtSignature => WaitsFor is [Mayor];

    /// <summary>What a page of this memo (or its attachment) answers the user: shown to its readers only.</summary>
    public PageAnswer Reading(string user) =>
        user == Anonymous ? PageAnswer.SignIn : Readers.Contains(user) ? PageAnswer.Shown : PageAnswer.NotFound;

    public sealed record Seeded(Guid Id, string Subject, Guid? Attachment, Guid? Publication);

    /// <summary>Creates the memo (with a PDF if asked) and moves it to this state; a signed one is awaited on the public site.</summary>
    public async Task<Seeded> SeedAsync(WorkflowApp app, bool withAttachment = false)
    {
        var subject = $"เรื่องทดสอบสิทธิ์ {Name} {Guid.NewGuid():N}";
        var id = (await app.Api.CreateDraftAsync(Author, Route, subject)).Id;
        Guid? attachment = withAttachment ? await AttachAsync(app.Api, id) : null;
        foreach (var (user, action) in Moves)
            await app.Api.ActOkAsync(user, id, action, "ตามที่เสนอ");
        Guid? publication = Final ? await PublicationAsync(app, id) : null;
        return new Seeded(id, subject, attachment, publication);
    }

    public override string ToString() => Name;

    private async Task<Guid> AttachAsync(ApiClient api, Guid id)
    {
        using var response = await api.UploadAsync(Author, id, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf"));
        return (await ApiClient.ReadAsync<AttachmentView>(response, HttpStatusCode.Created)).Id;
    }

    private static async Task<Guid> PublicationAsync(WorkflowApp app, Guid id)
    {
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The signed memo was not published within 10 s.");
        return await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.Id).SingleAsync());
    }
}
