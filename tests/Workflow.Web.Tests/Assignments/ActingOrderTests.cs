using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Assignments;
using Workflow.Web.Public;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Assignments;

/// <summary>
/// An acting municipal clerk (รักษาราชการแทนปลัดเทศบาลตำบลโชคชัย) by order 123/2569 for December 2026: what they may do
/// inside the order's period and after it, and how the note, the audit, the events and the publication name it.
/// </summary>
public abstract class ActingOrderTestsBase
{
    private const string Order = "123/2569";
    private const string ClerkTitle = "ปลัดเทศบาลตำบลโชคชัย";
    private const string OwnTitle = "หัวหน้าสำนักปลัดเทศบาล";
    private static readonly DateTimeOffset MidDecember = new(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset NewYear = new(2027, 1, 1, 0, 0, 30, TimeSpan.FromHours(7));

    private readonly ClockedWorkflowApp _app;

    protected ActingOrderTestsBase(ClockedWorkflowApp app)
    {
        _app = app;
        _app.SetClock(MidDecember);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string UserName, AssignedClient Client)> ActingClerkAsync()
    {
        await AssignedPeople.SetMemoTitleAsync(_app, "municipal-clerk", ClerkTitle);
        var userName = "acting" + Guid.NewGuid().ToString("N")[..8];
        await AssignedPeople.AddAsync(_app, userName, OwnTitle, "municipal-clerk", AssignmentKind.Acting,
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), Order);
        return (userName, await AssignedClient.SignInAsync(_app, userName));
    }

    [Fact]
    public async Task Acting_person_finds_the_memo_in_their_inbox_and_endorses_it_within_the_order_period()
    {
        var (_, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);

        Assert.Contains(await clerk.InboxAsync(), i => i.Id == id);
        Assert.Equal(HttpStatusCode.OK, await clerk.ActAsync(id, "endorse"));
        Assert.Equal("mayor", (await _app.Api.GetDocumentAsync(Demo.Mayor, id)).WaitingFor?.Key);
    }

    [Fact]
    public async Task Marginal_note_words_the_acting_capacity_with_the_post_on_memos_and_cites_the_order()
    {
        var (userName, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);

        await clerk.ActAsync(id, "endorse");

        var entry = (await _app.Api.GetDocumentAsync(Demo.Legal, id)).History[^1];
        Assert.Equal(("Acting", Order, OwnTitle), (entry.Capacity, entry.OrderNumber, entry.PersonalTitle));
        Assert.Equal(["เรียน นายกเทศมนตรี", "- เพื่อโปรดทราบ", $"(พ.จ.อ.สมศักดิ์ {userName})", OwnTitle, "รักษาราชการแทน" + ClerkTitle,
            "ตามคำสั่งที่ ๑๒๓/๒๕๖๙", entry.DateThai], entry.MarginalNote);
    }

    [Fact]
    public async Task Audit_entry_records_the_person_post_capacity_order_and_title_in_the_current_format_and_verifies()
    {
        var (userName, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);

        await clerk.ActAsync(id, "endorse");

        var entry = await _app.ReadDbAsync(db => db.AuditEntries.SingleAsync(a => a.DocumentId == id && a.Sequence == 4, Ct));
        Assert.Equal((Core.Audit.AuditChain.CurrentFormat, "municipal-clerk", Core.Engine.Capacity.Acting, Order, OwnTitle, $"พ.จ.อ.สมศักดิ์ {userName}"),
            (entry.Format, entry.ActedFor, entry.Capacity, entry.OrderNumber, entry.PersonalTitle, entry.UserName));
        Assert.True((await _app.Api.GetAsync<Web.Application.AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify")).Valid);
    }

    [Fact]
    public async Task Endorsement_event_carries_the_acting_capacity_and_the_order_number()
    {
        var (_, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);

        await clerk.ActAsync(id, "endorse");

        var payload = await _app.ReadDbAsync(db => db.Outbox.Where(o => o.DocumentId == id && o.Type == "EndorsementRecorded")
            .OrderBy(o => o.Id).Select(o => o.Payload).ToListAsync(Ct));
        var byClerk = JsonDocument.Parse(payload[^1]).RootElement;
        Assert.Equal("Acting", byClerk.GetProperty("Capacity").GetString());
        Assert.Equal(Order, byClerk.GetProperty("OrderNumber").GetString());
    }

    [Fact]
    public async Task Publication_names_the_acting_person_their_title_the_post_on_memos_the_capacity_and_the_order()
    {
        var (userName, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);
        await clerk.ActAsync(id, "endorse");
        await _app.Api.ActOkAsync(Demo.Mayor, id, "sign");

        Assert.True(await _app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id, Ct)), "not published within 10 s");
        var publication = await _app.ReadDbAsync(db => db.Publications.SingleAsync(p => p.DocumentId == id, Ct));
        var memo = JsonSerializer.Deserialize<PublishedMemo>(publication.Snapshot, SnapshotBuilder.Json)!;
        var byClerk = memo.Chain[3];
        Assert.Equal(($"พ.จ.อ.สมศักดิ์ {userName}", OwnTitle, ClerkTitle, "Acting", Order),
            (byClerk.UserName, byClerk.PersonalTitle, byClerk.PositionMemoTitle, byClerk.Capacity, byClerk.OrderNumber));
        Assert.Equal("นิติกรชำนาญการ", memo.AuthorTitle);

        using var page = await _app.Api.CreateClient().GetAsync(PublicSite.UrlOf(publication.Id), Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("รักษาราชการแทน" + ClerkTitle, html);
        Assert.Contains("ตามคำสั่งที่ ๑๒๓/๒๕๖๙", html);
    }

    [Fact]
    public async Task Acting_person_no_longer_sees_in_the_inbox_or_acts_on_a_memo_once_the_order_period_is_over()
    {
        var (userName, _) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);

        _app.SetClock(NewYear);
        var clerk = await AssignedClient.SignInAsync(_app, userName);

        Assert.DoesNotContain(await clerk.InboxAsync(), i => i.Id == id);
        Assert.Equal(HttpStatusCode.NotFound, await clerk.ActAsync(id, "endorse"));
        Assert.Equal("municipal-clerk", (await _app.Api.GetDocumentAsync(Demo.Clerk, id)).WaitingFor?.Key);
    }

    [Fact]
    public async Task Acting_person_still_reads_but_cannot_act_on_a_memo_they_endorsed_once_the_order_period_is_over()
    {
        var (userName, clerk) = await ActingClerkAsync();
        var id = await _app.Api.MemoAtStepAsync(2);
        await clerk.ActAsync(id, "endorse");

        _app.SetClock(NewYear);
        var later = await AssignedClient.SignInAsync(_app, userName);

        Assert.Empty((await later.DocumentAsync(id)).AllowedActions);
        Assert.Equal(HttpStatusCode.Forbidden, await later.ActAsync(id, "sign"));
    }
}

/// <summary>ActingOrderTests on SQLite (the default provider).</summary>
public sealed class ActingOrderTests(ClockedWorkflowApp app) : ActingOrderTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>ActingOrderTests on PostgreSQL (ADR 33).</summary>
public sealed class ActingOrderOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : ActingOrderTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
