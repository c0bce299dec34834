using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>The people API as an administrator calls it, and what the tests put straight into the database (departments).</summary>
public static class PeopleApi
{
    public const string TemporaryPassword = "ชั่วคราว-เทศบาล-2569-ก";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Person(string userName, string? email = null, string? department = null) => new
    {
        userName,
        namePrefix = "จ.อ.",
        firstName = "สมชาย",
        lastName = "ใจดี",
        personalTitle = "เจ้าพนักงานธุรการชำนาญงาน",
        departmentKey = department,
        email = email ?? $"{userName}@example.go.th",
        phone = "๐ ๔๔๔๗ ๑๒๓๔ ต่อ ๑๒",
    };

    public static async Task<JsonElement> CreateAsync(HttpClient admin, string userName, string? department = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/admin/people", Person(userName, department: department), Ct);
        return await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    /// <summary>A person with a temporary password, already changed to <paramref name="password"/>, so they sign in as anyone would.</summary>
    public static async Task<string> CreateWithPasswordAsync(WorkflowApp app, HttpClient admin, string userName, string password)
    {
        var id = (await CreateAsync(admin, userName)).GetProperty("id").GetString()!;
        await SetPasswordAsync(admin, id);
        var client = await app.Api.SignInAsync(userName, TemporaryPassword);
        using var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = TemporaryPassword, newPassword = password }, Ct);
        await ApiClient.ExpectAsync(changed, HttpStatusCode.OK, "password change");
        return id;
    }

    public static async Task SetPasswordAsync(HttpClient admin, string id, string password = TemporaryPassword)
    {
        using var response = await admin.PostAsJsonAsync($"/api/admin/people/{id}/password", new { password }, Ct);
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "temporary password");
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient admin, string url, object? body = null) =>
        await admin.PostAsync(url, body is null ? null : JsonContent.Create(body), Ct);

    public static async Task AddDepartmentAsync(WorkflowApp app, string key, string nameTh)
    {
        await app.ReadDbAsync(async db =>
        {
            if (!await db.Departments.AnyAsync(d => d.Key == key))
            {
                db.Departments.Add(new Department { Key = key, NameTh = nameTh, IssuingLine = nameTh + " เทศบาลตำบลโชคชัย" });
                await db.SaveChangesAsync();
            }

            return true;
        });
    }

    public static Task<string> IdOfAsync(WorkflowApp app, string userName) =>
        app.ReadDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>The admin audit of a person, oldest first, as stored.</summary>
    public static Task<List<AdminAuditEntry>> AuditAsync(WorkflowApp app, string id) =>
        app.ReadDbAsync(db => db.AdminAudit.Where(a => a.SubjectKind == "Person" && a.SubjectId == id).OrderBy(a => a.Sequence).ToListAsync());
}
