using Microsoft.Playwright;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Memos;

/// <summary>The buttons are only a convenience: the server refuses what the page would not have offered.</summary>
public sealed class ForgeryTests(BrowserHost host)
{
    [Fact]
    public async Task Approver_whose_turn_has_passed_sees_no_action_buttons()
    {
        var (subject, _, section) = await SubmittedAndEndorsedOnceAsync();
        await using (section)
        {
            await section.Page.ReloadAsync();

            await Expect(section.Page.GetByTestId("no-actions")).ToBeVisibleAsync();
            await Expect(section.Page.GetByTestId("actions").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await Expect(section.Page.GetByTestId("memo-subject")).ToHaveTextAsync(subject);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8forged-token-that-was-never-issued")]
    public async Task Action_posted_without_a_valid_antiforgery_token_is_refused_and_changes_nothing(string? token)
    {
        var subject = Subjects.New("ทดสอบการปลอมแปลงคำขอ");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject, withPdf: false);
        await using var section = await Officer.SignInAsync(host, "section");
        await section.OpenFromInboxAsync(subject);

        var response = await PostActionAsync(section, id, "Endorse", token);

        Assert.Equal(400, response.Status);
        Assert.Contains("ไม่มีการเปลี่ยนแปลงใด ๆ", await response.TextAsync(), StringComparison.Ordinal);
        await section.Page.ReloadAsync();
        await Expect(section.Page.GetByTestId("memo-waiting")).ToContainTextAsync("หัวหน้าฝ่ายปกครอง");
        await Expect(section.Page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Action_posted_by_an_approver_whose_turn_has_passed_is_refused_with_409_and_changes_nothing()
    {
        var (_, id, section) = await SubmittedAndEndorsedOnceAsync();
        await using (section)
        {
            var token = await section.Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

            var response = await PostActionAsync(section, id, "Endorse", token);

            Assert.Equal(409, response.Status);
            Assert.Contains("เอกสารได้ดำเนินการต่อไปแล้ว", await response.TextAsync(), StringComparison.Ordinal);
            await AssertStillWaitingForOfficeAsync(id);
        }
    }

    [Fact]
    public async Task Action_posted_by_someone_the_memo_has_not_reached_is_refused_with_404_and_changes_nothing()
    {
        var (_, id, section) = await SubmittedAndEndorsedOnceAsync();
        await using (section)
        {
            await using var mayor = await Officer.SignInAsync(host, "mayor");
            var page = await mayor.Page.GotoAsync(mayor.Url($"/memos/{id}"));
            Assert.Equal(404, page!.Status);
            var token = await mayor.Page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");

            var response = await PostActionAsync(mayor, id, "Sign", token);

            Assert.Equal(404, response.Status);
            Assert.DoesNotContain("ทดสอบ", await response.TextAsync(), StringComparison.Ordinal);
            await AssertStillWaitingForOfficeAsync(id);
        }
    }

    private async Task<(string Subject, Guid Id, Officer Section)> SubmittedAndEndorsedOnceAsync()
    {
        var subject = Subjects.New("ทดสอบสิทธิ์การดำเนินการ");
        await using var legal = await Officer.SignInAsync(host, "legal");
        var id = await legal.WriteMemoAsync(subject, withPdf: false);
        var section = await Officer.SignInAsync(host, "section");
        await section.OpenFromInboxAsync(subject);
        await section.EndorseAsync();
        return (subject, id, section);
    }

    private async Task AssertStillWaitingForOfficeAsync(Guid id)
    {
        await using var office = await Officer.SignInAsync(host, "office");
        await office.OpenMemoAsync(id);
        await Expect(office.Page.GetByTestId("memo-waiting")).ToContainTextAsync("หัวหน้าสำนักปลัดเทศบาล");
        await Expect(office.Page.GetByTestId("history").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(office.Page.GetByRole(AriaRole.Button, new() { Name = "ลงความเห็นและเสนอ" })).ToBeVisibleAsync();
    }

    /// <summary>A hand-made form post with this person's cookies, as another site or a script would send it.</summary>
    private static async Task<IAPIResponse> PostActionAsync(Officer officer, Guid id, string action, string? token)
    {
        var form = officer.Context.APIRequest.CreateFormData();
        form.Set("Input.Action", action);
        form.Set("Input.Note", "ปลอมแปลง");
        if (token is not null)
            form.Set("__RequestVerificationToken", token);
        return await officer.Context.APIRequest.PostAsync(officer.Url($"/memos/{id}"), new() { Form = form, MaxRedirects = 0 });
    }
}
