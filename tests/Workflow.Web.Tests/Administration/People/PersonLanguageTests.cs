using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Accounts;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration.People;

/// <summary>The administrator sets the language of a person's e-mails on the people API and form; it is audited.</summary>
public abstract class PersonLanguageTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "people-language-admin");

    private static JsonObject Body(string userName, string? language)
    {
        var body = JsonSerializer.SerializeToNode(PeopleApi.Person(userName), ApiClient.Json)!.AsObject();
        if (language is not null)
            body["language"] = language;
        return body;
    }

    [Fact]
    public async Task Create_stores_English_and_shows_it_when_the_language_is_en()
    {
        var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/admin/people", Body("lang.create.en", "en"), Ct);

        var person = await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal("en", person.GetProperty("language").GetString());
        var audit = Assert.Single(await PeopleApi.AuditAsync(app, person.GetProperty("id").GetString()!));
        Assert.Contains("\"language\":\"en\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_stores_Thai_when_the_language_is_left_out()
    {
        var admin = await AdminAsync();

        using var response = await admin.PostAsJsonAsync("/api/admin/people", Body("lang.create.none", null), Ct);

        Assert.Equal("th", (await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("Thai")]
    public async Task Create_answers_400_naming_language_and_stores_nothing_when_it_is_unknown(string language)
    {
        var admin = await AdminAsync();
        var before = await app.ReadDbAsync(db => Task.FromResult(db.Users.Count()));

        using var response = await admin.PostAsJsonAsync("/api/admin/people", Body($"lang.bad{language.Length}", language), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "language");
        Assert.Equal(before, await app.ReadDbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task Update_keeps_the_language_when_it_is_left_out_and_changes_it_when_it_is_sent()
    {
        var admin = await AdminAsync();
        using var created = await admin.PostAsJsonAsync("/api/admin/people", Body("lang.update", "en"), Ct);
        var person = await ApiClient.ReadAsync<JsonElement>(created, HttpStatusCode.Created);
        var id = person.GetProperty("id").GetString();
        var edit = Body("lang.update", null);
        edit["firstName"] = "สมหญิง";
        edit["version"] = person.GetProperty("version").GetInt32();

        using var kept = await admin.PutAsJsonAsync($"/api/admin/people/{id}", edit, Ct);
        var afterKept = await ApiClient.ReadAsync<JsonElement>(kept, HttpStatusCode.OK);
        edit["language"] = "th";
        edit["version"] = afterKept.GetProperty("version").GetInt32();
        using var changed = await admin.PutAsJsonAsync($"/api/admin/people/{id}", edit, Ct);

        Assert.Equal("en", afterKept.GetProperty("language").GetString());
        Assert.Equal("th", (await ApiClient.ReadAsync<JsonElement>(changed, HttpStatusCode.OK)).GetProperty("language").GetString());
    }

    [Fact]
    public async Task Person_page_sets_English_when_it_is_chosen_on_the_form()
    {
        var admin = await AdminAsync();
        var created = await PeopleApi.CreateAsync(admin, "lang.page");
        var id = created.GetProperty("id").GetString();
        var browser = await CopiedBrowser.SignInAsync(app, "people-language-admin", AdminAccounts.Password);
        using var form = await browser.GetAsync($"/admin/people/{id}");
        var html = await form.Content.ReadAsStringAsync(Ct);

        using var posted = await browser.PostFormAsync($"/admin/people/{id}", $"/admin/people/{id}", new()
        {
            ["Input.UserName"] = "lang.page", ["Input.FirstName"] = "สมชาย", ["Input.LastName"] = "ใจดี",
            ["Input.Language"] = "en", ["Input.Version"] = created.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Matches("""<option value="th" lang="th" selected""", html);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var person = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/people/{id}", Ct);
        Assert.Equal("en", person.GetProperty("language").GetString());
    }
}

/// <summary>PersonLanguageTests on SQLite (the default provider).</summary>
public sealed class PersonLanguageTests(WorkflowApp app) : PersonLanguageTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PersonLanguageTests on PostgreSQL (ADR 33).</summary>
public sealed class PersonLanguageOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PersonLanguageTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
