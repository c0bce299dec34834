using Workflow.Web.Tests.Infrastructure;
using System.Text.Json;
using static Workflow.Web.Tests.Administration.Assignments;

namespace Workflow.Web.Tests.Administration;

/// <summary>Assignments take effect and lapse by themselves at the bounds of their days in Bangkok, as GET /api/me shows.</summary>
public abstract class AssignmentPeriodTestsBase(ClockedWorkflowApp app)
{
    // 10–12 January 2027 in Asia/Bangkok (UTC+7): from 9 January 17:00 UTC to 12 January 17:00 UTC.
    public static TheoryData<string, bool> Instants => new()
    {
        { "2027-01-09T16:59:59Z", false },
        { "2027-01-09T17:00:00Z", true },
        { "2027-01-12T16:59:59Z", true },
        { "2027-01-12T17:00:00Z", false },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public async Task Me_shows_the_post_only_within_the_days_of_its_assignment(string instant, bool holds)
    {
        await EnsureAssignmentAsync();

        app.SetClock(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        var me = await app.Api.GetAsync<JsonElement>(Demo.Legal, "/api/me");

        var posts = me.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("position").GetProperty("key").GetString()).ToList();
        Assert.Equal(holds, posts.Contains("finance-director"));
        Assert.Contains("legal-officer", posts);
    }

    private async Task EnsureAssignmentAsync()
    {
        app.SetClock(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var admin = await AdminAsync(app);
        var existing = await GetAsync<Workflow.Web.Administration.AssignmentView[]>(admin, $"{Url}?person={Demo.Legal}&position=finance-director");
        if (existing.Length == 0)
            await CreateAsync(admin, Request(Demo.Legal, "finance-director", "Acting", "2027-01-10", "2027-01-12", "๓/๒๕๗๐", "2027-01-08"));
    }
}

/// <summary>AssignmentPeriodTests on SQLite (the default provider).</summary>
public sealed class AssignmentPeriodTests(ClockedWorkflowApp app) : AssignmentPeriodTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>AssignmentPeriodTests on PostgreSQL (ADR 33).</summary>
public sealed class AssignmentPeriodOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : AssignmentPeriodTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
