using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

public sealed class ReturnAndRefuseTests(BrowserHost host)
{
    [Fact]
    public async Task Returned_memo_is_edited_and_resubmitted_by_its_author_keeping_its_number()
    {
        var subject = Subjects.New("ขอความเห็นชอบแผนงานประจำปี");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject);
        var number = await legal.Page.GetByTestId("memo-number").TextContentAsync();

        await using var section = await Officer.SignInAsync(host, "section");
        await section.OpenFromInboxAsync(subject);
        await section.ReasonedActionAsync("ส่งคืนเพื่อแก้ไข", "กรุณาแนบรายงานฉบับสมบูรณ์");
        await Expect(section.Page.GetByTestId("memo-status")).ToHaveTextAsync("ส่งคืนแก้ไข");
        await Expect(section.Page.GetByTestId("marginal-note")).ToContainTextAsync("- ส่งคืนเพื่อแก้ไข: กรุณาแนบรายงานฉบับสมบูรณ์");

        await legal.Page.GotoAsync(legal.Url("/"));
        await Expect(legal.Page.GetByTestId("mine").Locator("tr", new() { HasText = subject })).ToContainTextAsync("ส่งคืนแก้ไข");
        await legal.OpenMemoAsync(id);
        await legal.Page.GetByRole(AriaRole.Link, new() { Name = "แก้ไข" }).ClickAsync();
        await Expect(legal.Page.GetByTestId("return-reason")).ToContainTextAsync("กรุณาแนบรายงานฉบับสมบูรณ์");
        await legal.Page.GetByLabel("ข้อความ", new() { Exact = true }).FillAsync("แนบรายงานฉบับสมบูรณ์มาพร้อมนี้\n\nจึงเรียนมาเพื่อโปรดพิจารณา");
        await legal.Page.GetByLabel("ไฟล์แนบ (PDF)").SetInputFilesAsync(TestPdf.Payload("รายงานฉบับสมบูรณ์.pdf"));
        await legal.Page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();

        await Expect(legal.Page.GetByTestId("notice")).ToHaveTextAsync("ส่งเรื่องแล้ว");
        await Expect(legal.Page.GetByTestId("memo-number")).ToHaveTextAsync(number!);
        await Expect(legal.Page.GetByTestId("memo-body")).ToContainTextAsync("แนบรายงานฉบับสมบูรณ์มาพร้อมนี้");
        await Expect(legal.Page.GetByTestId("marginal-note")).ToHaveCountAsync(0);
        await Expect(legal.Page.Locator(".memo-attachments li")).ToHaveCountAsync(2);

        await section.OpenFromInboxAsync(subject);
        await section.EndorseAsync("เห็นควรอนุญาต");
        await Expect(section.Page.GetByTestId("marginal-note")).ToContainTextAsync("- เห็นควรอนุญาต");
        await Expect(section.Page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(section.Page.GetByTestId("audit")).ToContainTextAsync("ถูกต้องครบ 4 รายการ");
    }

    [Fact]
    public async Task Refused_memo_ends_with_the_reason_in_the_margin_and_the_acting_capacity_shown()
    {
        var subject = Subjects.New("ขออนุมัติจัดซื้อครุภัณฑ์");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject);
        await using var section = await Officer.SignInAsync(host, "section");
        await section.OpenFromInboxAsync(subject);
        await section.EndorseAsync();

        await using var deputy = await Officer.SignInAsync(host, "deputy");
        await deputy.OpenFromInboxAsync(subject);
        await deputy.ReasonedActionAsync("ไม่อนุญาต", "ไม่มีงบประมาณในปีนี้");

        await Expect(deputy.Page.GetByTestId("memo-status")).ToHaveTextAsync("ไม่อนุญาต");
        var refusal = deputy.Page.GetByTestId("marginal-note").Nth(1);
        await Expect(refusal).ToContainTextAsync("- ไม่อนุญาต: ไม่มีงบประมาณในปีนี้");
        await Expect(refusal).ToContainTextAsync("รักษาราชการแทนหัวหน้าสำนักปลัดเทศบาล");
        await Expect(deputy.Page.GetByTestId("route").Locator(".step-refused")).ToContainTextAsync("หัวหน้าสำนักปลัดเทศบาล");
        await Expect(deputy.Page.GetByTestId("no-actions")).ToBeVisibleAsync();

        await legal.OpenMemoAsync(id);
        await Expect(legal.Page.GetByTestId("memo-status")).ToHaveTextAsync("ไม่อนุญาต");
        await Expect(legal.Page.GetByTestId("no-actions")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Return_without_a_reason_shows_the_message_next_to_the_reason_and_changes_nothing()
    {
        var subject = Subjects.New("ขอเปลี่ยนแปลงรายละเอียดโครงการ");
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.WriteMemoAsync(subject, withPdf: false);
        await using var section = await Officer.SignInAsync(host, "section");
        await section.OpenFromInboxAsync(subject);

        IResponse? response = null;
        var details = section.Page.Locator("details", new() { Has = section.Page.Locator("summary", new() { HasText = "ส่งคืนเพื่อแก้ไข" }) });
        await details.Locator("summary").ClickAsync();
        await details.Locator("textarea").FillAsync("   ");
        response = await section.SubmitAsync(details.GetByRole(AriaRole.Button, new() { Name = "ส่งคืนเพื่อแก้ไข" }));

        Assert.Equal(400, response.Status);
        await Expect(section.Page.Locator("#note-return-error")).ToHaveTextAsync("กรุณาระบุเหตุผล");
        await Expect(section.Page.GetByTestId("memo-status")).ToHaveTextAsync("อยู่ระหว่างเสนอ");
        await Expect(section.Page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Author_withdraws_a_submitted_memo_and_it_leaves_the_approvers_inbox()
    {
        var subject = Subjects.New("ขอยกเลิกคำสั่งเดิม");
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.WriteMemoAsync(subject, withPdf: false);
        await Expect(legal.Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอ" })).ToHaveCountAsync(0);

        await legal.ReasonedActionAsync("ถอนเรื่อง", "เสนอผิดเรื่อง");

        await Expect(legal.Page.GetByTestId("memo-status")).ToHaveTextAsync("ถอนเรื่องแล้ว");
        await using var section = await Officer.SignInAsync(host, "section");
        await Expect(section.Page.Locator("tr", new() { HasText = subject })).ToHaveCountAsync(0);
    }
}
