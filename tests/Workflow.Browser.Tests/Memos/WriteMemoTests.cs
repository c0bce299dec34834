using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

public sealed class WriteMemoTests(BrowserHost host)
{
    [Fact]
    public async Task Empty_memo_form_shows_thai_messages_next_to_the_fields_with_status_400()
    {
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.Page.GotoAsync(legal.Url("/memos/new"));
        // The issuer and the salutation come prefilled (the author's department, the last post on the route): empty them.
        await legal.Page.GetByLabel("ส่วนราชการ").FillAsync("");
        await legal.Page.GetByLabel("เรียน", new() { Exact = true }).FillAsync("");

        var response = await legal.SubmitAsync(legal.Page.GetByRole(AriaRole.Button, new() { Name = "บันทึกร่าง" }));

        Assert.Equal(400, response.Status);
        await Expect(legal.Page.Locator("#issuer-error")).ToHaveTextAsync("กรุณากรอกส่วนราชการ");
        await Expect(legal.Page.Locator("#subject-error")).ToHaveTextAsync("กรุณากรอกเรื่อง");
        await Expect(legal.Page.Locator("#salutation-error")).ToHaveTextAsync("กรุณากรอกเรียน");
        await Expect(legal.Page.Locator("#body-error")).ToHaveTextAsync("กรุณากรอกข้อความ");
        await Expect(legal.Page.GetByLabel("เรื่อง", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Theory]
    [InlineData("application/pdf", "not a pdf at all")]
    [InlineData("text/plain", "%PDF-1.4 but declared as text")]
    public async Task File_that_is_not_a_pdf_is_refused_and_no_memo_is_written(string declaredType, string content)
    {
        var subject = Subjects.New("ส่งไฟล์ผิดประเภท");
        await using var legal = await Officer.SignInAsync(host, "legal");
        await legal.Page.GotoAsync(legal.Url("/memos/new"));
        await legal.Page.GetByLabel("ส่วนราชการ").FillAsync("สำนักปลัดเทศบาล");
        await legal.Page.GetByLabel("เรื่อง", new() { Exact = true }).FillAsync(subject);
        await legal.Page.GetByLabel("ข้อความ", new() { Exact = true }).FillAsync("ข้อความทดสอบ");
        await legal.Page.GetByLabel("ไฟล์แนบ (PDF)").SetInputFilesAsync(new FilePayload
        {
            Name = "report.pdf", MimeType = declaredType, Buffer = System.Text.Encoding.ASCII.GetBytes(content),
        });

        var response = await legal.SubmitAsync(legal.Page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }));

        Assert.Equal(415, response.Status);
        await Expect(legal.Page.Locator("#file-error")).ToHaveTextAsync("แนบได้เฉพาะไฟล์ PDF เท่านั้น");
        await Expect(legal.Page.GetByLabel("เรื่อง", new() { Exact = true })).ToHaveValueAsync(subject);
        await legal.Page.GotoAsync(legal.Url("/"));
        await Expect(legal.Page.Locator("tr", new() { HasText = subject })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Draft_is_saved_then_edited_and_submitted_later()
    {
        var subject = Subjects.New("ร่างบันทึกเรื่องการประชุม");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject, submit: false, withPdf: false);
        await Expect(legal.Page.GetByTestId("memo-status")).ToHaveTextAsync("ร่าง");
        await Expect(legal.Page.GetByTestId("memo-number")).ToHaveTextAsync("");

        await legal.Page.GetByRole(AriaRole.Link, new() { Name = "แก้ไข" }).ClickAsync();
        await legal.Page.GetByLabel("เรื่อง", new() { Exact = true }).FillAsync(subject + " (แก้ไข)");
        await legal.Page.GetByRole(AriaRole.Button, new() { Name = "บันทึกร่าง" }).ClickAsync();
        await Expect(legal.Page.GetByTestId("notice")).ToHaveTextAsync("บันทึกร่างแล้ว");
        await Expect(legal.Page.GetByTestId("memo-subject")).ToHaveTextAsync(subject + " (แก้ไข)");

        await legal.Page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();
        await Expect(legal.Page.GetByTestId("notice")).ToHaveTextAsync("ส่งเรื่องแล้ว");
        await Expect(legal.Page.GetByTestId("memo-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("/[๐-๙]+$"));
        await legal.Page.GotoAsync(legal.Url($"/memos/{id}/edit"));
        Assert.Equal(409, (await legal.Page.ReloadAsync())!.Status);
        await Expect(legal.Page.GetByTestId("error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Person_whose_positions_start_no_route_is_told_so_instead_of_a_form()
    {
        await using var mayor = await Officer.SignInAsync(host, "mayor");

        await mayor.Page.GotoAsync(mayor.Url("/memos/new"));

        await Expect(mayor.Page.GetByTestId("cannot-write")).ToBeVisibleAsync();
        await Expect(mayor.Page.Locator("form.memo-form")).ToHaveCountAsync(0);
    }
}
