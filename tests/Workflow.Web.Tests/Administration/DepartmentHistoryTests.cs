using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>A department's change history, as people's, posts' and assignments': the shared audit API and the shared table on its page.</summary>
public abstract partial class DepartmentHistoryTestsBase(WorkflowApp app)
{
    private const string AdminName = "department-history-admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("""<table class="list admin-history" data-testid="admin-history">.*?</table>""", RegexOptions.Singleline)]
    private static partial Regex HistoryTable();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    private static string NewKey() => "hist-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpClient> CreateAsync(string key)
    {
        var admin = await AdminAccounts.SignInAsync(app, AdminName);
        using var created = await admin.PostAsJsonAsync("/api/admin/departments",
            new { key, nameTh = "กองช่าง", nameEn = "Engineering Division", issuingLine = "กองช่าง โทร ๑" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return admin;
    }

    private static string Field(JsonElement entry, string side, string field)
    {
        using var json = JsonDocument.Parse(entry.GetProperty(side).GetString()!);
        return json.RootElement.GetProperty(field).GetString()!;
    }

    [Fact]
    public async Task Audit_api_shows_a_department_rename_with_the_name_before_and_after()
    {
        var key = NewKey();
        var admin = await CreateAsync(key);

        using var renamed = await admin.PutAsJsonAsync($"/api/admin/departments/{key}", new { nameTh = "กองการช่าง", issuingLine = "กองช่าง โทร ๑", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var history = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/admin/audit?kind=Department&id={key}", Ct))!;
        Assert.Equal(["Updated", "Created"], history.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(("กองช่าง", "กองการช่าง"), (Field(history[0], "before", "nameTh"), Field(history[0], "after", "nameTh")));
        Assert.Equal("ผู้ดูแลระบบ", history[0].GetProperty("actorName").GetString());
    }

    [Fact]
    public async Task Department_page_shows_a_rename_made_on_it_with_the_name_before_and_after_in_its_history()
    {
        var key = NewKey();
        await CreateAsync(key);
        var browser = await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);
        var page = $"/admin/departments/{key}";

        using var saved = await browser.PostAsync($"{page}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NameTh"] = "กองการช่าง", ["Input.NameEn"] = "Engineering Division", ["Input.IssuingLine"] = "กองช่าง โทร ๑",
            ["Input.Version"] = "0", ["__RequestVerificationToken"] = await CookieSession.TokenAsync(browser, page),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var table = WebUtility.HtmlDecode(HistoryTable().Match(await browser.GetStringAsync(page, Ct)).Value);
        var rows = Body().Match(table).Value.Split("<tr>", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains("</tr>", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("แก้ไข", rows[0], StringComparison.Ordinal);
        Assert.Contains("\"nameTh\":\"กองช่าง\"", rows[0], StringComparison.Ordinal);
        Assert.Contains("\"nameTh\":\"กองการช่าง\"", rows[0], StringComparison.Ordinal);
        Assert.Contains("สร้าง", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_department_page_shows_its_creation_by_the_system_in_its_history()
    {
        await AdminAccounts.SignInAsync(app, AdminName);
        var browser = await CookieSession.SignInAsync(app, AdminName, AdminAccounts.Password);

        var table = WebUtility.HtmlDecode(HistoryTable().Match(await browser.GetStringAsync("/admin/departments/finance", Ct)).Value);

        Assert.Contains("<td data-label=\"ผู้ดำเนินการ\">system</td>", table, StringComparison.Ordinal);
        Assert.Contains("\"issuingLine\":\"กองคลัง", table, StringComparison.Ordinal);
    }
}

/// <summary>DepartmentHistoryTests on SQLite (the default provider).</summary>
public sealed class DepartmentHistoryTests(WorkflowApp app) : DepartmentHistoryTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>DepartmentHistoryTests on PostgreSQL (ADR 33).</summary>
public sealed class DepartmentHistoryOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : DepartmentHistoryTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
