using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>Departments through /api/admin/departments: the demo's two, create, edit with a version, an immutable key, and no deletion while anyone belongs.</summary>
public abstract class DepartmentTestsBase(WorkflowApp app)
{
    private const string Url = "/api/admin/departments";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "department-admin");

    private Task<int> AuditCountAsync() => app.ReadDbAsync(db => db.AdminAudit.CountAsync());

    private static string NewKey() => "dept-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string key, string nameTh = "กองช่าง")
    {
        using var response = await admin.PostAsJsonAsync(Url, new { key, nameTh, nameEn = "Engineering Division", issuingLine = $"{nameTh} โทร ๐ ๔๔๔๗ ๑๒๓๕" }, Ct);
        return await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task List_holds_the_demo_departments_with_their_people()
    {
        var list = await ApiClient.ReadAsync<JsonElement>(await (await AdminAsync()).GetAsync(Url, Ct), HttpStatusCode.OK);

        var clerkOffice = list.EnumerateArray().Single(d => d.GetProperty("key").GetString() == "clerk-office");
        Assert.Equal("สำนักปลัดเทศบาล", clerkOffice.GetProperty("nameTh").GetString());
        Assert.Equal("สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร ๐ ๔๔๔๗ ๑๒๓๔", clerkOffice.GetProperty("issuingLine").GetString());
        Assert.Equal(5, clerkOffice.GetProperty("people").GetInt32());
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("key").GetString() == "finance");
    }

    [Fact]
    public async Task Created_department_can_be_read_and_edited_with_its_version()
    {
        var admin = await AdminAsync();
        var key = NewKey();
        var created = await CreateAsync(admin, key);

        using var edit = await admin.PutAsJsonAsync($"{Url}/{key}", new { nameTh = "กองช่าง", issuingLine = "กองช่าง โทร ๑๑๒๒", version = created.GetProperty("version").GetInt32() }, Ct);

        var edited = await ApiClient.ReadAsync<JsonElement>(edit, HttpStatusCode.OK);
        Assert.Equal("กองช่าง โทร ๑๑๒๒", edited.GetProperty("issuingLine").GetString());
        Assert.Equal(created.GetProperty("version").GetInt32() + 1, edited.GetProperty("version").GetInt32());
        var read = await ApiClient.ReadAsync<JsonElement>(await admin.GetAsync($"{Url}/{key}", Ct), HttpStatusCode.OK);
        Assert.Equal("กองช่าง โทร ๑๑๒๒", read.GetProperty("issuingLine").GetString());
    }

    [Fact]
    public async Task Duplicate_key_is_refused_with_409_naming_key()
    {
        var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync(Url, new { key = "clerk-office", nameTh = "ซ้ำ", issuingLine = "ซ้ำ" }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "key");
    }

    [Theory]
    [InlineData("key", "Bad Key")]
    [InlineData("key", "ก")]
    [InlineData("nameTh", "")]
    [InlineData("issuingLine", "<b>กองคลัง</b>")]
    public async Task Invalid_field_is_refused_naming_it_and_changes_nothing(string field, string value)
    {
        var admin = await AdminAsync();
        var body = new Dictionary<string, string> { ["key"] = NewKey(), ["nameTh"] = "กองช่าง", ["issuingLine"] = "กองช่าง โทร ๑" };
        body[field] = value;
        var audit = await AuditCountAsync();

        using var response = await admin.PostAsJsonAsync(Url, body, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task Stale_version_is_refused_with_409_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var key = NewKey();
        var created = await CreateAsync(admin, key);

        using var response = await admin.PutAsJsonAsync($"{Url}/{key}", new { nameTh = "อื่น", issuingLine = "อื่น", version = created.GetProperty("version").GetInt32() + 5 }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "version");
        var read = await ApiClient.ReadAsync<JsonElement>(await admin.GetAsync($"{Url}/{key}", Ct), HttpStatusCode.OK);
        Assert.Equal("กองช่าง", read.GetProperty("nameTh").GetString());
    }

    [Fact]
    public async Task Key_cannot_be_changed()
    {
        var admin = await AdminAsync();
        var key = NewKey();
        await CreateAsync(admin, key);

        using var response = await admin.PutAsJsonAsync($"{Url}/{key}", new { key = "renamed", nameTh = "กองช่าง", issuingLine = "กองช่าง", version = 0 }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "key");
    }

    [Fact]
    public async Task Delete_is_refused_with_409_while_a_person_belongs_to_the_department()
    {
        var admin = await AdminAsync();

        using var response = await admin.DeleteAsync($"{Url}/finance", Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "key");
        Assert.True(await app.ReadDbAsync(db => db.Departments.AnyAsync(d => d.Key == "finance")));
    }

    [Fact]
    public async Task Department_nobody_belongs_to_can_be_deleted()
    {
        var admin = await AdminAsync();
        var key = NewKey();
        await CreateAsync(admin, key);

        using var response = await admin.DeleteAsync($"{Url}/{key}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Problem.AssertAsync(await admin.GetAsync($"{Url}/{key}", Ct), HttpStatusCode.NotFound);
        var last = await app.ReadDbAsync(db => db.AdminAudit.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync());
        Assert.Equal(("Department", key, "Deleted"), (last.SubjectKind, last.SubjectId, last.Action));
    }

    [Fact]
    public async Task Unknown_department_is_404()
    {
        var admin = await AdminAsync();

        await Problem.AssertAsync(await admin.PutAsJsonAsync($"{Url}/no-such", new { nameTh = "ไม่มี", issuingLine = "ไม่มี", version = 0 }, Ct), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await admin.DeleteAsync($"{Url}/no-such", Ct), HttpStatusCode.NotFound);
    }
}

/// <summary>DepartmentTests on SQLite (the default provider).</summary>
public sealed class DepartmentTests(WorkflowApp app) : DepartmentTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>DepartmentTests on PostgreSQL (ADR 33).</summary>
public sealed class DepartmentOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : DepartmentTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
