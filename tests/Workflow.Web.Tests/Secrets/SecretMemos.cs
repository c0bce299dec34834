using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Secrets;

/// <summary>
/// One secret memo (ลับมาก, with a PDF) in each state of the matrix: draft, at each of the four steps, returned,
/// refused, withdrawn, signed, and signed then declassified by the mayor; each with its own subject, so that a test can look for it anywhere. Seeded once per host.
/// Its class is set in the database right after the draft is created, as the form would have set it.
/// </summary>
public sealed record SecretMemos(IReadOnlyDictionary<string, SecretMemos.Memo> Memos)
{
    public const string AdminName = "secrecy-admin";

    public const string Reason = "พ้นกำหนดการรักษาความลับแล้ว";

    public sealed record Memo(string State, Guid Id, string Subject, Guid Attachment, string[] Readers, string[] WaitsFor, string Author);

    /// <summary>Every demo user, an administrator and an anonymous visitor.</summary>
    public static readonly string[] Everyone = [.. Users, AdminName, Anonymous];

    public static readonly string[] States = ["draft", "step-0", "step-1", "step-2", "step-3", "returned", "refused", "withdrawn", "signed", "declassified"];

    // The route matrices have no refused or withdrawn case; who reads these follows the same rule: author and posts reached.
    private static readonly MemoCase[] Ended =
    [
        new("refused", "Refused", Legal, [(Legal, "submit"), (Section, "endorse"), (Office, "refuse")], [Legal, Section, Office, Deputy], [], []),
        new("withdrawn", "Withdrawn", Legal, [(Legal, "submit"), (Legal, "withdraw")], [Legal, Section], [], []),
    ];

    /// <summary>Who reads the memo of <paramref name="state"/>: its author and the posts it reached.</summary>
    public static string[] ReadersOf(string state) => CaseOf(state).Readers;

    private static MemoCase CaseOf(string state)
    {
        var name = state == "declassified" ? "signed" : state;
        return Ended.SingleOrDefault(c => c.Name == name) ?? MemoCase.Named(name);
    }

    private static readonly ConditionalWeakTable<WorkflowApp, Task<SecretMemos>> Seeded = new();

    public Memo this[string state] => Memos[state];

    public static Task<SecretMemos> OfAsync(WorkflowApp app) => Seeded.GetValue(app, SeedAsync);

    public static async Task MakeSecretAsync(WorkflowApp app, Guid id) =>
        await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Secrecy, Secrecy.Secret)));

    /// <summary>A new secret memo with a PDF, moved along the route as <paramref name="moves"/> say.</summary>
    public static async Task<(Guid Id, string Subject, Guid Attachment)> CreateAsync(WorkflowApp app, string tag, IEnumerable<(string User, string Action)> moves)
    {
        var subject = $"เรื่องลับมาก {tag} {Guid.NewGuid():N}";
        var id = (await app.Api.CreateDraftAsync(Legal, MemoRoute, subject)).Id;
        await MakeSecretAsync(app, id);
        using var upload = await app.Api.UploadAsync(Legal, id, TestPdf.Multipart(TestPdf.Small(), "รายงานลับ.pdf"));
        var attachment = (await ApiClient.ReadAsync<AttachmentView>(upload, HttpStatusCode.Created)).Id;
        foreach (var (user, action) in moves)
            await app.Api.ActOkAsync(user, id, action, "ตามที่เสนอ");
        return (id, subject, attachment);
    }

    public static async Task<HttpResponseMessage> DeclassifyAsync(WorkflowApp app, string user, Guid id, string? reason = Reason)
    {
        var client = await ApiClientFor(app, user);
        return await client.PostAsJsonAsync($"/api/documents/{id}/declassify", new { reason }, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpClient> ApiClientFor(WorkflowApp app, string user) =>
        user == AdminName ? await AdminAccounts.SignInAsync(app, AdminName) : await app.Api.LoginAsync(user);

    public static async Task<HttpClient> BrowserFor(WorkflowApp app, string user)
    {
        if (user == Anonymous)
            return app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user != AdminName)
            return await CookieSession.SignInAsync(app, user);
        await AdminAccounts.SignInAsync(app, AdminName);
        return await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
    }

    private static async Task<SecretMemos> SeedAsync(WorkflowApp app)
    {
        var memos = new Dictionary<string, Memo>();
        foreach (var state in States)
        {
            var @case = CaseOf(state);
            var (id, subject, attachment) = await CreateAsync(app, state, @case.Moves);
            if (state == "declassified")
                await ApiClient.ExpectAsync(await DeclassifyAsync(app, Mayor, id), HttpStatusCode.OK, "declassify");
            memos[state] = new Memo(state, id, subject, attachment, @case.Readers, @case.WaitsFor, @case.Author);
        }

        var declassified = memos["declassified"].Id;
        Assert.True(await app.EventuallyAsync(async db =>
            await db.Publications.AnyAsync(p => p.DocumentId == declassified) && !await db.Outbox.AnyAsync(o => o.SentAt == null)),
            "The declassified memo was not published within 10 s.");
        return new SecretMemos(memos);
    }
}
