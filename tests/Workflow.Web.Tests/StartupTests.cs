using System.Net;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>The host refuses to start on bad configuration, saying what to fix; with good configuration it is healthy.</summary>
public sealed class StartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts a fresh host with the settings and answers the start-up failure, every message in its chain joined.</summary>
    private static async Task<string> StartupFailureAsync(Dictionary<string, string?> settings)
    {
        await using var app = new WorkflowApp();
        foreach (var (key, value) in settings)
            app.Settings[key] = value;
        return StartupFailure.Of(app);
    }

    public static TheoryData<string> BrokenRoutes => new()
    {
        "{ \"id\": \"broken\", \"version\": 1, ",
        """{ "id": "broken-route", "version": 1, "title": { "th": "ก", "en": "x" }, "submitters": ["legal-officer"], "steps": [] }""",
        """{ "id": "broken-route", "version": 1, "title": { "th": "ก", "en": "x" }, "submitters": ["legal-officer"], "steps": [{ "position": "no-such-post", "action": "sign" }] }""",
        """{ "id": "memo-approval", "version": 1, "title": { "th": "ก", "en": "x" }, "submitters": ["legal-officer"], "steps": [{ "position": "mayor", "action": "sign" }] }""",
    };

    [Theory]
    [MemberData(nameof(BrokenRoutes))]
    public async Task Host_fails_to_start_naming_the_file_when_a_route_file_is_broken(string content)
    {
        var folder = WorkflowsCopy.With("zz-broken-route.json", content);
        try
        {
            var message = await StartupFailureAsync(new() { ["Workflows:Path"] = folder });

            Assert.Contains("zz-broken-route.json", message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Host_fails_to_start_naming_the_setting_when_the_rabbitmq_password_is_missing()
    {
        var message = await StartupFailureAsync(new()
        {
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMq:Host"] = "localhost",
            ["Messaging:RabbitMq:Username"] = "workflow",
            ["Messaging:RabbitMq:Password"] = "",
        });

        Assert.Contains("Messaging:RabbitMq:Password", message);
    }

    [Theory]
    [InlineData("Storage:MaxAttachmentsPerDocument", "0")]
    [InlineData("Storage:MaxAttachmentBytesPerDocument", "1000")]
    [InlineData("Storage:SweepGrace", "00:00:01")]
    [InlineData("Storage:SweepInterval", "00:00:00")]
    public async Task Host_fails_to_start_naming_the_setting_when_an_attachment_limit_is_out_of_range(string key, string value)
    {
        var message = await StartupFailureAsync(new() { [key] = value });

        Assert.Contains(key.Split(':')[1], message);
    }

    [Fact]
    public async Task Host_fails_to_start_when_a_memo_could_not_hold_even_one_file_of_the_largest_size()
    {
        var message = await StartupFailureAsync(new() { ["Storage:MaxAttachmentBytesPerDocument"] = "60000" });

        Assert.Contains("Storage:MaxAttachmentBytesPerDocument", message);
        Assert.Contains("Storage:MaxAttachmentBytes", message);
    }

    [Fact]
    public async Task Host_answers_healthy_when_started_with_the_test_settings()
    {
        await using var app = new WorkflowApp();
        var client = app.Api.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Host_keeps_its_database_and_attachments_in_the_test_folder_when_configured()
    {
        await using var app = new WorkflowApp();

        _ = app.CreateClient();

        Assert.True(File.Exists(app.DatabasePath));
        Assert.True(Directory.Exists(app.AttachmentsPath));
    }

    [Fact]
    public async Task Host_seeds_every_demo_user_when_demo_seeding_is_on()
    {
        await using var app = new WorkflowApp();

        foreach (var user in Demo.Users)
            Assert.NotNull(await app.Api.LoginAsync(user));
    }
}
