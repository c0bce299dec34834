using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// Register numbers run through the calendar year in Bangkok and restart at ๑ on 1 January (DESIGN.md §1);
/// the memo date is the Bangkok date. The tests share the year 2027, so neither depends on the other's order.
/// </summary>
public abstract class RegisterYearTestsBase(ClockedWorkflowApp app)
{
    private readonly ApiClient _api = app.Api;

    [Fact]
    public async Task Register_number_restarts_at_one_when_the_year_turns_in_Bangkok()
    {
        app.SetClock(new DateTimeOffset(2027, 12, 31, 16, 58, 0, TimeSpan.Zero)); // 23:58 on 31 December 2027 in Bangkok
        await _api.MemoAtStepAsync(0);
        app.Clock.Set(new DateTimeOffset(2027, 12, 31, 17, 0, 30, TimeSpan.Zero)); // 00:00:30 on 1 January 2028 in Bangkok
        var january = (await _api.CreateDraftAsync()).Id;

        using var response = await _api.ActAsync(Demo.Legal, january, "submit");

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "first submission of the new year");
        Assert.Equal("นม ๕๓๘๐๑/๑", (await _api.GetDocumentAsync(Demo.Legal, january)).RegisterNumber);
    }

    [Fact]
    public async Task Memo_date_is_the_Bangkok_date_when_submitted_after_midnight_there()
    {
        app.SetClock(new DateTimeOffset(2027, 6, 30, 17, 30, 0, TimeSpan.Zero)); // still 30 June in UTC, 1 July in Bangkok

        var id = await _api.MemoAtStepAsync(0);

        var doc = await _api.GetDocumentAsync(Demo.Legal, id);
        Assert.Equal(new DateOnly(2027, 7, 1), doc.MemoDate);
        Assert.Equal("๑ กรกฎาคม พ.ศ. ๒๕๗๐", doc.MemoDateThai);
    }
}

/// <summary>RegisterYearTests on SQLite (the default provider).</summary>
public sealed class RegisterYearTests(ClockedWorkflowApp app) : RegisterYearTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>RegisterYearTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterYearOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : RegisterYearTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
