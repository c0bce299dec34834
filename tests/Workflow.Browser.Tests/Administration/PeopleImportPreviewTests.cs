using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Pages;
using Workflow.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Administration;

/// <summary>
/// The CSV import preview with per-row errors is the answer to a POST, so the page tour (GET only) never sees it:
/// the administrator uploads a file with bad rows here, and axe and the Nu Html Checker read the preview.
/// </summary>
public sealed class PeopleImportPreviewTests(BrowserHost host)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static readonly byte[] FileWithBadRows = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(
        "userName,namePrefix,firstName,lastName,personalTitle,department,email,phone\r\n"
        + "preview.good,นาย,ดี,ถูกต้อง,นิติกร,clerk-office,good@chokchai.go.th,\r\n"
        + "preview.bad,นาย,อีเมล,ผิด,,,not-an-address,\r\n"
        + "preview.none,นาย,,,,public-works,,\r\n")];

    [Fact]
    public async Task Import_preview_with_row_errors_passes_axe_and_the_nu_html_checker()
    {
        var jar = NuHtmlChecker.RequireJar();
        await using var admin = await Officer.SignInAsync(host, BrowserHost.Administrator);
        await admin.Page.GotoAsync(admin.Url("/admin/people/import"));
        await admin.Page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = FileWithBadRows });

        var preview = await admin.Page.RunAndWaitForResponseAsync(
            () => admin.Page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/admin/people/import", StringComparison.Ordinal));

        Assert.Equal(400, preview.Status);
        await Expect(admin.Page.GetByTestId("import-blocked")).ToBeVisibleAsync();
        await Expect(admin.Page.Locator("tr[data-line] ul.field-error")).ToHaveCountAsync(2);
        var axe = await admin.Page.RunAxe(Wcag21);
        var violations = axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} [{v.Impact}] {v.Help} at {n.Target}: {n.Html}")).ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s):\n{string.Join("\n", violations)}");

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "html");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "people-import-preview.th-TH.html");
        await File.WriteAllTextAsync(file, await preview.TextAsync(), TestContext.Current.CancellationToken);
        var errors = await NuHtmlChecker.ErrorsAsync(jar, [file]);
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} error(s):\n{string.Join("\n", errors)}");
        await admin.ScreenshotAsync("people-import-preview");
    }
}
