using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Classes;

/// <summary>Inboxes list the most urgent memo first, then the one that has waited longest, on the API and the page alike.</summary>
public sealed partial class InboxOrderTests(InboxOrderApp app) : IClassFixture<InboxOrderApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Memos submitted an hour apart (the first waits longest) with a mix of classes; answers them in the expected inbox order.</summary>
    private async Task<IReadOnlyList<Guid>> MixedInboxAsync()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        string[] classes = ["none", "urgent", "most-urgent", "urgent", "none", "very-urgent", "most-urgent"];
        var submitted = new List<(Guid Id, string Urgency, int Hour)>();
        for (var hour = 0; hour < classes.Length; hour++)
        {
            app.SetClock(start.AddHours(hour));
            submitted.Add((await ClassDrafts.SubmittedAsync(app, classes[hour], subject: $"เรื่องลำดับกล่องงาน {hour} {Guid.NewGuid():N}"), classes[hour], hour));
        }

        app.SetClock(start.AddHours(classes.Length));
        string[] rank = ["most-urgent", "very-urgent", "urgent", "none"];
        return submitted.OrderBy(s => Array.IndexOf(rank, s.Urgency)).ThenBy(s => s.Hour).Select(s => s.Id).ToList();
    }

    [GeneratedRegex("""href="/memos/([0-9a-f-]{36})""")]
    private static partial Regex MemoLink();

    [Fact]
    public async Task Inbox_api_lists_the_most_urgent_first_then_the_longest_waiting()
    {
        var expected = await MixedInboxAsync();

        var inbox = await ClassDrafts.GetAsync(app, Demo.Section, "/api/inbox");

        var ours = inbox.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Where(expected.Contains).ToList();
        Assert.Equal(expected, ours);
    }

    [Fact]
    public async Task Inbox_page_lists_the_most_urgent_first_then_the_longest_waiting()
    {
        var expected = await MixedInboxAsync();
        var browser = await CookieSession.SignInAsync(app, Demo.Section);

        var html = await browser.GetStringAsync("/", Ct);

        var start = html.IndexOf("data-testid=\"inbox\"", StringComparison.Ordinal);
        var inboxTable = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var ours = MemoLink().Matches(inboxTable).Select(m => Guid.Parse(m.Groups[1].Value)).Where(expected.Contains).Distinct().ToList();
        Assert.Equal(expected, ours);
    }

    [Fact]
    public async Task Inbox_query_reads_a_post_through_the_inbox_index_without_scanning_the_memos()
    {
        await ClassDrafts.SubmittedAsync(app, "urgent");
        await ClassDrafts.GetAsync(app, Demo.Section, "/api/inbox");
        var sent = app.Commands.All.Last();

        var plan = await ExplainAsync(sent);

        Assert.Contains("USING INDEX IX_Documents_Inbox", plan);
        Assert.DoesNotContain("SCAN d\n", plan + "\n");
    }

    private async Task<string> ExplainAsync(InboxCommands.Sent sent)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sent.Sql;
        foreach (var (name, value) in sent.Parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
            lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }
}
