using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>Whole routes over HTTP against the real host: from draft to signature, and the ways off the route.</summary>
public abstract class RouteEndToEndTestsBase(WorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> SignedMemoAsync(string headOfOffice = Demo.Office)
    {
        var id = (await _api.CreateDraftAsync()).Id;
        using (var upload = await _api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf")))
            await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "upload");
        await _api.ActOkAsync(Demo.Legal, id, "submit");
        await _api.ActOkAsync(Demo.Section, id, "endorse");
        await _api.ActOkAsync(headOfOffice, id, "endorse");
        await _api.ActOkAsync(Demo.Clerk, id, "endorse");
        await _api.ActOkAsync(Demo.Mayor, id, "sign");
        return id;
    }

    [Fact]
    public async Task Memo_route_ends_signed_with_a_register_number_when_every_step_approves()
    {
        var id = await SignedMemoAsync();

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("Signed", doc.Status);
        Assert.Matches(RegisterNumbers.Format(), doc.RegisterNumber);
        Assert.Null(doc.WaitingFor);
        Assert.All(doc.Steps, s => Assert.Equal("done", s.State));
        Assert.Single(doc.Attachments);
        Assert.Empty(doc.AllowedActions);
    }

    [Fact]
    public async Task Memo_route_records_one_audit_entry_per_action_when_signed()
    {
        var id = await SignedMemoAsync();

        var doc = await _api.GetDocumentAsync(Demo.Mayor, id);
        Assert.Equal(["Submit", "Endorse", "Endorse", "Endorse", "Sign"], doc.History.Select(h => h.Action));
        Assert.Equal([1, 2, 3, 4, 5], doc.History.Select(h => h.Sequence));
        Assert.Equal(5, (await app.CountsAsync(id)).AuditEntries);
    }

    [Fact]
    public async Task Endorsement_note_is_addressed_to_the_next_position_when_no_note_is_given()
    {
        var id = await SignedMemoAsync();

        var history = (await _api.GetDocumentAsync(Demo.Legal, id)).History;
        var byClerk = history[3];
        Assert.Equal("ปลัดเทศบาล", byClerk.ActedFor.Th);
        Assert.Equal(["เรียน นายกเทศมนตรี", "- เพื่อโปรดทราบ", "(นายประเสริฐ ตัวอย่างดี)", "นักบริหารงานท้องถิ่น ระดับกลาง", "ปลัดเทศบาล", byClerk.DateThai],
            byClerk.MarginalNote);
        Assert.Equal("เรียน ปลัดเทศบาล", history[2].MarginalNote[0]);
        Assert.Equal("เรียน หัวหน้าสำนักปลัดเทศบาล", history[1].MarginalNote[0]);
        Assert.Equal("- อนุมัติ", history[4].MarginalNote[0]);
    }

    [Fact]
    public async Task Endorsement_note_names_the_acting_capacity_when_the_deputy_endorses()
    {
        var id = await SignedMemoAsync(headOfOffice: Demo.Deputy);

        var byDeputy = (await _api.GetDocumentAsync(Demo.Legal, id)).History[2];
        Assert.Equal("Acting", byDeputy.Capacity);
        Assert.Equal("head-clerk-office", byDeputy.ActedFor.Key);
        Assert.Equal(["เรียน ปลัดเทศบาล", "- เพื่อโปรดทราบ", "(จ.อ.อนุชา รักษาการ)", "เจ้าพนักงานธุรการชำนาญงาน", "รักษาราชการแทนหัวหน้าสำนักปลัดเทศบาล",
                "ตามคำสั่งที่ ๑๒/๒๕๖๙", byDeputy.DateThai],
            byDeputy.MarginalNote);
    }

    [Fact]
    public async Task Endorsement_note_carries_the_endorser_text_when_one_is_given()
    {
        var id = await _api.MemoAtStepAsync(0);

        await _api.ActOkAsync(Demo.Section, id, "endorse", "เห็นควรอนุญาต");

        var note = (await _api.GetDocumentAsync(Demo.Section, id)).History[1].MarginalNote;
        Assert.Equal(["เรียน หัวหน้าสำนักปลัดเทศบาล", "- เห็นควรอนุญาต"], note.Take(2));
    }

    [Fact]
    public async Task Audit_chain_verifies_when_the_memo_is_signed()
    {
        var id = await SignedMemoAsync();

        var verification = await _api.GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");

        Assert.True(verification.Valid, verification.Reason);
        Assert.Equal(5, verification.Entries);
        Assert.Null(verification.FirstBrokenSequence);
    }

    [Fact]
    public async Task Every_event_reaches_the_bus_when_the_memo_is_signed()
    {
        var id = await SignedMemoAsync();

        var delivered = await app.EventuallyAsync(async db =>
            !await db.Outbox.AnyAsync(o => o.DocumentId == id && o.SentAt == null, Ct)
            && await db.MessageJournal.CountAsync(j => j.DocumentId == id, Ct) >= 5);

        Assert.True(delivered, "The outbox was not drained into the journal within 10 s.");
        var journal = await app.ReadDbAsync(db => db.MessageJournal.Where(j => j.DocumentId == id).OrderBy(j => j.Sequence)
            .Select(j => new { j.Type, j.Sequence }).ToListAsync(Ct));
        Assert.Equal(["DocumentSubmitted", "EndorsementRecorded", "EndorsementRecorded", "EndorsementRecorded", "DocumentSigned"], journal.Select(j => j.Type));
        Assert.Equal([1, 2, 3, 4, 5], journal.Select(j => j.Sequence));
    }

    [Fact]
    public async Task Publication_is_announced_once_on_the_bus_through_the_outbox_when_the_memo_is_signed()
    {
        var bus = app.Services.GetRequiredService<MassTransit.IBus>();
        var announced = new PublishedAnnouncements();
        using var _ = bus.ConnectPublishObserver(announced);

        var id = await SignedMemoAsync();

        Assert.True(await app.EventuallyAsync(db => db.Outbox.AnyAsync(o => o.DocumentId == id && o.Type == "DocumentPublished" && o.SentAt != null, Ct)),
            "No DocumentPublished was sent within 10 s of the signature.");
        var publication = await app.ReadDbAsync(db => db.Publications.SingleAsync(p => p.DocumentId == id, Ct));
        var row = await app.ReadDbAsync(db => db.Outbox.SingleAsync(o => o.DocumentId == id && o.Type == "DocumentPublished", Ct));
        var message = Assert.IsType<Workflow.Contracts.DocumentPublished>(Workflow.Web.Messaging.OutboxWriter.Deserialize(row));
        Assert.Equal((publication.Id, publication.SnapshotHash), (message.PublicationId, message.SnapshotHash));
        Assert.True(await announced.WaitForAsync(row.MessageId), "The outbox row was marked sent, but no DocumentPublished went through the bus.");
    }

    private sealed class PublishedAnnouncements : MassTransit.IPublishObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> _seen = new();

        public Task PrePublish<T>(MassTransit.PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PostPublish<T>(MassTransit.PublishContext<T> context) where T : class
        {
            if (context.Message is Workflow.Contracts.DocumentPublished && context.MessageId is { } id)
                _seen[id] = true;
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(MassTransit.PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;

        public async Task<bool> WaitForAsync(Guid messageId)
        {
            for (var i = 0; i < 100 && !_seen.ContainsKey(messageId); i++)
                await Task.Delay(50, Ct);
            return _seen.ContainsKey(messageId);
        }
    }

    [Fact]
    public async Task Finance_route_ends_signed_with_its_events_on_the_bus_when_every_step_approves()
    {
        var id = (await _api.CreateDraftAsync(Demo.Finance, Demo.FinanceRoute)).Id;
        await _api.ActOkAsync(Demo.Finance, id, "submit");
        await _api.ActOkAsync(Demo.Director, id, "endorse");
        await _api.ActOkAsync(Demo.Clerk, id, "endorse");
        await _api.ActOkAsync(Demo.Mayor, id, "sign");

        var doc = await _api.GetDocumentAsync(Demo.Finance, id);
        Assert.Equal("Signed", doc.Status);
        Assert.Equal("เรียน ปลัดเทศบาล", doc.History[1].MarginalNote[0]);
        Assert.True(await app.EventuallyAsync(async db => await db.MessageJournal.CountAsync(j => j.DocumentId == id, Ct) == 4));
        var types = await app.ReadDbAsync(db => db.MessageJournal.Where(j => j.DocumentId == id).OrderBy(j => j.Sequence).Select(j => j.Type).ToListAsync(Ct));
        Assert.Equal(["DocumentSubmitted", "EndorsementRecorded", "EndorsementRecorded", "DocumentSigned"], types);
    }

    [Fact]
    public async Task Returned_memo_goes_back_to_its_author_with_the_reason_when_the_clerk_returns_it()
    {
        var id = await _api.MemoAtStepAsync(2);

        await _api.ActOkAsync(Demo.Clerk, id, "return", "กรุณาแนบรายงานฉบับลงนาม");

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("Returned", doc.Status);
        Assert.Null(doc.WaitingFor);
        Assert.Contains("Submit", doc.AllowedActions);
        Assert.Equal("- ส่งคืนเพื่อแก้ไข: กรุณาแนบรายงานฉบับลงนาม", doc.History[^1].MarginalNote[0]);
    }

    [Fact]
    public async Task Resubmitted_memo_starts_again_at_the_first_approver_with_the_same_register_number_when_edited_after_return()
    {
        var id = await _api.MemoAtStepAsync(2);
        var first = await _api.GetDocumentAsync(Demo.Legal, id);
        await _api.ActOkAsync(Demo.Clerk, id, "return", "แก้ไขชื่อเรื่อง");
        var legal = await _api.LoginAsync(Demo.Legal);
        var edited = ApiClient.Draft("ขออนุญาตเผยแพร่รายงาน (แก้ไข)");
        using (var put = await legal.PutAsJsonAsync($"/api/documents/{id}", edited, Ct))
            await ApiClient.ExpectAsync(put, HttpStatusCode.OK, "edit");

        await _api.ActOkAsync(Demo.Legal, id, "submit");

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("InRoute", doc.Status);
        Assert.Equal("section-head-admin", doc.WaitingFor?.Key);
        Assert.Equal(2, doc.Round);
        Assert.Equal(first.RegisterNumber, doc.RegisterNumber);
        Assert.Equal("ขออนุญาตเผยแพร่รายงาน (แก้ไข)", doc.Subject);
        Assert.Equal(["Submit", "Endorse", "Endorse", "Return", "Submit"], doc.History.Select(h => h.Action));
        Assert.Equal([1, 1, 1, 1, 2], doc.History.Select(h => h.Round));
    }

    [Fact]
    public async Task Refused_memo_is_final_when_the_mayor_refuses()
    {
        var id = await _api.MemoAtStepAsync(3);

        await _api.ActOkAsync(Demo.Mayor, id, "refuse", "ไม่อยู่ในอำนาจหน้าที่");

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("Refused", doc.Status);
        Assert.Empty(doc.AllowedActions);
        Assert.Equal("- ไม่อนุญาต: ไม่อยู่ในอำนาจหน้าที่", doc.History[^1].MarginalNote[0]);
    }

    [Theory]
    [InlineData(Demo.Mayor, "sign")]
    [InlineData(Demo.Mayor, "refuse")]
    [InlineData(Demo.Clerk, "endorse")]
    [InlineData(Demo.Section, "return")]
    [InlineData(Demo.Legal, "submit")]
    [InlineData(Demo.Legal, "withdraw")]
    public async Task Action_answers_409_when_the_memo_was_refused(string user, string action)
    {
        var id = await _api.MemoAtStepAsync(3);
        await _api.ActOkAsync(Demo.Mayor, id, "refuse", "ไม่อนุญาต");
        var before = await app.CountsAsync(id);

        using var response = await _api.ActAsync(user, id, action, "อีกครั้ง");

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Author_withdraws_the_memo_when_it_is_not_yet_signed()
    {
        var id = await _api.MemoAtStepAsync(1);

        await _api.ActOkAsync(Demo.Legal, id, "withdraw", "ยื่นผิดเรื่อง");

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal("Withdrawn", doc.Status);
        Assert.Null(doc.WaitingFor);
        Assert.DoesNotContain(await _api.GetAsync<List<InboxItem>>(Demo.Office, "/api/inbox"), i => i.Id == id);
    }

    [Fact]
    public async Task Withdraw_answers_409_when_the_memo_is_signed()
    {
        var id = await SignedMemoAsync();
        var before = await app.CountsAsync(id);

        using var response = await _api.ActAsync(Demo.Legal, id, "withdraw");

        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, await app.CountsAsync(id));
    }

    [Fact]
    public async Task Inbox_lists_waiting_memos_oldest_first_when_several_wait_for_the_same_position()
    {
        var older = await _api.MemoAtStepAsync(0);
        var newer = await _api.MemoAtStepAsync(0);

        var inbox = await _api.GetAsync<List<InboxItem>>(Demo.Section, "/api/inbox");

        var ours = inbox.Where(i => i.Id == older || i.Id == newer).ToList();
        Assert.Equal([older, newer], ours.Select(i => i.Id));
        Assert.All(ours, i => Assert.True(i.WaitingSeconds >= 0));
        Assert.All(ours, i => Assert.Equal("section-head-admin", i.WaitingFor.Key));
        Assert.Equal(inbox.OrderBy(i => i.WaitingSince).Select(i => i.Id), inbox.Select(i => i.Id));
    }

    [Fact]
    public async Task Inbox_shows_a_memo_only_to_the_current_position_when_it_moves_on()
    {
        var id = await _api.MemoAtStepAsync(1);

        Assert.DoesNotContain(await _api.GetAsync<List<InboxItem>>(Demo.Section, "/api/inbox"), i => i.Id == id);
        Assert.Contains(await _api.GetAsync<List<InboxItem>>(Demo.Office, "/api/inbox"), i => i.Id == id);
        Assert.Contains(await _api.GetAsync<List<InboxItem>>(Demo.Deputy, "/api/inbox"), i => i.Id == id);
        Assert.DoesNotContain(await _api.GetAsync<List<InboxItem>>(Demo.Clerk, "/api/inbox"), i => i.Id == id);
        Assert.DoesNotContain(await _api.GetAsync<List<InboxItem>>(Demo.Legal, "/api/inbox"), i => i.Id == id);
    }

    [Fact]
    public async Task Mine_lists_the_author_documents_when_asked_by_the_author_only()
    {
        var draft = (await _api.CreateDraftAsync()).Id;
        var submitted = await _api.MemoAtStepAsync(0);

        var mine = await _api.GetAsync<List<SubmissionItem>>(Demo.Legal, "/api/documents/mine");
        var theirs = await _api.GetAsync<List<SubmissionItem>>(Demo.Section, "/api/documents/mine");

        Assert.Contains(mine, m => m.Id == draft && m.Status == "Draft");
        Assert.Contains(mine, m => m.Id == submitted && m.Status == "InRoute" && m.WaitingFor?.Key == "section-head-admin");
        Assert.DoesNotContain(theirs, m => m.Id == draft || m.Id == submitted);
    }

    [Fact]
    public async Task Register_numbers_are_consecutive_when_memos_are_submitted_one_after_another()
    {
        var first = await _api.MemoAtStepAsync(0);
        var second = await _api.MemoAtStepAsync(0);
        var third = (await _api.CreateDraftAsync(Demo.Finance, Demo.FinanceRoute)).Id;
        await _api.ActOkAsync(Demo.Finance, third, "submit");

        var numbers = new List<int>();
        foreach (var (user, id) in new[] { (Demo.Legal, first), (Demo.Legal, second), (Demo.Finance, third) })
            numbers.Add(RegisterNumbers.Number((await _api.GetDocumentAsync(user, id)).RegisterNumber));

        Assert.Equal([numbers[0], numbers[0] + 1, numbers[0] + 2], numbers);
    }

    [Fact]
    public async Task Draft_has_no_register_number_when_not_yet_submitted()
    {
        var doc = await _api.CreateDraftAsync();

        Assert.Equal("Draft", doc.Status);
        Assert.Null(doc.RegisterNumber);
        Assert.Equal(0, doc.Round);
    }

    [Fact]
    public async Task Every_event_reaches_the_bus_when_the_memo_is_returned_and_resubmitted()
    {
        var id = await _api.MemoAtStepAsync(1);
        await _api.ActOkAsync(Demo.Office, id, "return", "ขอเอกสารเพิ่มเติม");
        await _api.ActOkAsync(Demo.Legal, id, "submit");

        var delivered = await app.EventuallyAsync(async db => await db.MessageJournal.CountAsync(j => j.DocumentId == id, Ct) >= 4);

        Assert.True(delivered, "The events did not reach the journal within 10 s.");
        var types = await app.ReadDbAsync(db => db.MessageJournal.Where(j => j.DocumentId == id).OrderBy(j => j.Sequence).Select(j => j.Type).ToListAsync(Ct));
        Assert.Equal(["DocumentSubmitted", "EndorsementRecorded", "DocumentReturned", "DocumentSubmitted"], types);
    }

    [Fact]
    public async Task Routes_say_which_route_each_user_may_start_when_listed()
    {
        var legal = await _api.GetAsync<List<System.Text.Json.JsonElement>>(Demo.Legal, "/api/routes");
        var finance = await _api.GetAsync<List<System.Text.Json.JsonElement>>(Demo.Finance, "/api/routes");

        static bool CanStart(List<System.Text.Json.JsonElement> routes, string id) =>
            routes.Single(r => r.GetProperty("id").GetString() == id).GetProperty("canStart").GetBoolean();
        Assert.True(CanStart(legal, Demo.MemoRoute));
        Assert.False(CanStart(legal, Demo.FinanceRoute));
        Assert.True(CanStart(finance, Demo.FinanceRoute));
        Assert.False(CanStart(finance, Demo.MemoRoute));
    }

    [Fact]
    public async Task Me_shows_the_acting_capacity_when_the_deputy_asks()
    {
        var me = await _api.GetAsync<System.Text.Json.JsonElement>(Demo.Deputy, "/api/me");

        var position = Assert.Single(me.GetProperty("positions").EnumerateArray());
        Assert.Equal("head-clerk-office", position.GetProperty("position").GetProperty("key").GetString());
        Assert.Equal("Acting", position.GetProperty("capacity").GetString());
    }
}

/// <summary>RouteEndToEndTests on SQLite (the default provider).</summary>
public sealed class RouteEndToEndTests(WorkflowApp app) : RouteEndToEndTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>RouteEndToEndTests on PostgreSQL (ADR 33).</summary>
public sealed class RouteEndToEndOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : RouteEndToEndTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
