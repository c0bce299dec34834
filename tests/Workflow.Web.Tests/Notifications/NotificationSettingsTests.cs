using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Notifications;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Notifications;

/// <summary>
/// A person's notification settings over the API and the page: the language of their e-mails and, per kind (also the
/// deadline kinds and the digest), whether they are mailed. Each test uses a person of its own.
/// </summary>
public abstract class NotificationSettingsTestsBase(WorkflowApp app)
{
    private const string Url = "/api/account/notification-settings";

    private static readonly string[] Kinds = ["waiting", "returned", "refused", "signed", "published", "dueSoon", "overdue", "escalated", "digest"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> SettingsAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(Url, Ct);

    [Fact]
    public async Task Api_shows_every_kind_on_and_Thai_when_the_person_chose_nothing()
    {
        var person = await SettingsPerson.ApiAsync(app, "settings.fresh");

        var settings = await SettingsAsync(person);

        Assert.Equal("th", settings.GetProperty("language").GetString());
        Assert.All(Kinds, kind => Assert.True(settings.GetProperty(kind).GetBoolean(), kind));
    }

    [Theory]
    [InlineData("dueSoon", NotificationKind.DueSoon)]
    [InlineData("overdue", NotificationKind.Overdue)]
    [InlineData("escalated", NotificationKind.Escalated)]
    [InlineData("digest", NotificationKind.Digest)]
    public async Task Api_turns_a_deadline_kind_off_and_leaves_the_others_on_when_it_is_sent_false(string field, NotificationKind kind)
    {
        var userName = $"settings.api.{field.ToLowerInvariant()}";
        var person = await SettingsPerson.ApiAsync(app, userName);

        using var response = await person.PutAsync(Url, JsonContent.Create(new Dictionary<string, bool> { [field] = false }), Ct);

        var answered = await ApiClient.ReadAsync<JsonElement>(response, HttpStatusCode.OK);
        var settings = await SettingsAsync(person);
        Assert.False(answered.GetProperty(field).GetBoolean());
        Assert.False(settings.GetProperty(field).GetBoolean());
        Assert.All(Kinds.Where(k => k != field), k => Assert.True(settings.GetProperty(k).GetBoolean(), k));
        Assert.False(await MailAsync(userName, kind));
    }

    [Theory]
    [InlineData("DueSoon", NotificationKind.DueSoon)]
    [InlineData("Overdue", NotificationKind.Overdue)]
    [InlineData("Escalated", NotificationKind.Escalated)]
    [InlineData("Digest", NotificationKind.Digest)]
    public async Task Page_turns_a_deadline_kind_off_when_its_box_is_left_unticked(string box, NotificationKind kind)
    {
        var userName = $"settings.page.{box.ToLowerInvariant()}";
        var browser = await SettingsPerson.BrowserAsync(app, userName);
        var token = await CookieSession.TokenAsync(browser, "/account/notifications");
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Input.Language", "th") };
        foreach (var name in Enum.GetNames<NotificationKind>())
        {
            if (name != box)
                form.Add(new($"Input.{name}", "true"));
            form.Add(new($"Input.{name}", "false"));
        }

        using var response = await browser.PostAsync("/account/notifications", new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await MailAsync(userName, kind));
        var page = await browser.GetStringAsync("/account/notifications", Ct);
        Assert.DoesNotMatch($"""id="mail-{box}"[^>]*checked""", page);
        Assert.Matches("""id="mail-Waiting"[^>]*checked""", page);
    }

    [Fact]
    public async Task Api_sets_English_and_keeps_it_when_a_later_change_leaves_the_language_out()
    {
        var person = await SettingsPerson.ApiAsync(app, "settings.api.english");

        using var english = await person.PutAsJsonAsync(Url, new { language = "en" }, Ct);
        using var later = await person.PutAsJsonAsync(Url, new { signed = false }, Ct);

        Assert.Equal("en", (await ApiClient.ReadAsync<JsonElement>(english, HttpStatusCode.OK)).GetProperty("language").GetString());
        Assert.Equal("en", (await ApiClient.ReadAsync<JsonElement>(later, HttpStatusCode.OK)).GetProperty("language").GetString());
        Assert.Equal("en", await LanguageAsync("settings.api.english"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("EN")]
    [InlineData("english")]
    public async Task Api_answers_400_naming_language_and_changes_nothing_when_the_language_is_unknown(string language)
    {
        var userName = $"settings.api.bad.{(language.Length == 0 ? "empty" : language.ToLowerInvariant())}{language.Length}";
        var person = await SettingsPerson.ApiAsync(app, userName);

        using var response = await person.PutAsJsonAsync(Url, new { language, waiting = false }, Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "language");
        var settings = await SettingsAsync(person);
        Assert.Equal("th", settings.GetProperty("language").GetString());
        Assert.True(settings.GetProperty("waiting").GetBoolean());
        Assert.Equal(0, await app.ReadDbAsync(db => db.NotificationSettings.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == userName))));
    }

    [Fact]
    public async Task Page_section_at_the_top_sets_English_when_it_is_chosen()
    {
        var browser = await SettingsPerson.BrowserAsync(app, "settings.page.english");
        var before = await browser.GetStringAsync("/account/notifications", Ct);
        var token = await CookieSession.TokenAsync(browser, "/account/notifications");

        using var response = await browser.PostAsync("/account/notifications", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Language", "en")]), Ct);

        Assert.True(before.IndexOf("name=\"Input.Language\"", StringComparison.Ordinal) < before.IndexOf("name=\"Input.Waiting\"", StringComparison.Ordinal),
            "The language comes first on the page.");
        Assert.Matches("""id="language-th"[^>]*checked""", before);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("en", await LanguageAsync("settings.page.english"));
        Assert.Matches("""id="language-en"[^>]*checked""", await browser.GetStringAsync("/account/notifications", Ct));
    }

    [Fact]
    public async Task Page_answers_400_with_the_message_and_changes_nothing_when_the_language_is_unknown()
    {
        var browser = await SettingsPerson.BrowserAsync(app, "settings.page.bad");
        var token = await CookieSession.TokenAsync(browser, "/account/notifications");

        using var response = await browser.PostAsync("/account/notifications", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Language", "fr"), new("Input.Waiting", "false")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("""id="language-error">ภาษาของอีเมล ต้องเลือกจากรายการ<""", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("th", await LanguageAsync("settings.page.bad"));
        Assert.Equal(0, await app.ReadDbAsync(db => db.NotificationSettings.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == "settings.page.bad"))));
    }

    [Fact]
    public async Task Page_refuses_a_change_and_keeps_the_language_when_the_form_token_is_missing()
    {
        var browser = await SettingsPerson.BrowserAsync(app, "settings.page.forged");

        using var response = await browser.PostAsync("/account/notifications", new FormUrlEncodedContent(
            [new("Input.Language", "en")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("th", await LanguageAsync("settings.page.forged"));
    }

    private Task<string> LanguageAsync(string userName) =>
        app.ReadDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Language).SingleAsync());

    private Task<bool> MailAsync(string userName, NotificationKind kind) =>
        app.ReadDbAsync(db => db.NotificationSettings.Where(s => s.Kind == kind && db.Users.Any(u => u.Id == s.UserId && u.UserName == userName))
            .Select(s => s.Mail).SingleAsync());
}

/// <summary>NotificationSettingsTests on SQLite (the default provider).</summary>
public sealed class NotificationSettingsTests(WorkflowApp app) : NotificationSettingsTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>NotificationSettingsTests on PostgreSQL (ADR 33).</summary>
public sealed class NotificationSettingsOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : NotificationSettingsTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
