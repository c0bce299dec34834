using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>
/// ที่ follows the profile: a new letter code is written from the next submission on and continues the count; a new year
/// basis continues the count of the year it lands in, so no number of a year is ever given twice. Each test in a year of its own.
/// </summary>
public abstract class RegisterProfileTestsBase(ClockedWorkflowApp app)
{
    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "numbering-admin");

    private async Task<string> SubmitAsync()
    {
        var id = (await app.Api.CreateDraftAsync()).Id;
        using var response = await app.Api.ActAsync(Demo.Legal, id, "submit");
        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "submission");
        return (await app.Api.GetDocumentAsync(Demo.Legal, id)).RegisterNumber!;
    }

    [Fact]
    public async Task Changing_the_letter_code_mid_year_keeps_the_count()
    {
        app.SetClock(new DateTimeOffset(2031, 3, 1, 3, 0, 0, TimeSpan.Zero));
        var admin = await AdminAsync();
        Assert.Equal("นม ๕๓๘๐๑/๑", await SubmitAsync());
        Assert.Equal("นม ๕๓๘๐๑/๒", await SubmitAsync());

        await OrganisationAdmin.ChangeAsync(admin, new { letterCode = "นม 53899" });

        try
        {
            Assert.Equal("นม ๕๓๘๙๙/๓", await SubmitAsync());
        }
        finally
        {
            await OrganisationAdmin.ChangeAsync(admin, new { letterCode = "นม 53801" });
        }
    }

    [Fact]
    public async Task Switching_the_year_basis_mid_year_never_gives_a_number_twice()
    {
        // 15 November 2032: calendar year 2575, but already fiscal year 2576.
        app.SetClock(new DateTimeOffset(2032, 11, 15, 3, 0, 0, TimeSpan.Zero));
        var admin = await AdminAsync();
        Assert.Equal("นม ๕๓๘๐๑/๑", await SubmitAsync());

        await OrganisationAdmin.ChangeAsync(admin, new { yearBasis = "Fiscal" });
        var fiscal = await SubmitAsync();
        await OrganisationAdmin.ChangeAsync(admin, new { yearBasis = "Calendar" });
        var calendarAgain = await SubmitAsync();

        Assert.Equal("นม ๕๓๘๐๑/๑", fiscal); // the first number of fiscal year 2576
        Assert.Equal("นม ๕๓๘๐๑/๒", calendarAgain); // calendar 2575 continues
        var years = await app.ReadDbAsync(db => db.Documents.Where(d => d.RegisterYear == 2575 || d.RegisterYear == 2576)
            .Select(d => d.RegisterYear!.Value).ToListAsync());
        Assert.Equal([2575, 2575, 2576], years.Order());
    }

    [Fact]
    public async Task Register_year_follows_a_new_time_zone()
    {
        // 31 December 2040 20:00 UTC: still 2583 in UTC, already 1 January 2584 in Bangkok.
        app.SetClock(new DateTimeOffset(2040, 12, 31, 20, 0, 0, TimeSpan.Zero));
        var admin = await AdminAsync();

        await OrganisationAdmin.ChangeAsync(admin, new { timeZone = "Etc/UTC" });
        try
        {
            await SubmitAsync();
            var years = await app.ReadDbAsync(db => db.Documents.Where(d => d.RegisterYear == 2583 || d.RegisterYear == 2584)
                .Select(d => d.RegisterYear!.Value).ToListAsync());
            Assert.Equal([2583], years);
        }
        finally
        {
            await OrganisationAdmin.ChangeAsync(admin, new { timeZone = "Asia/Bangkok" });
        }
    }
}

/// <summary>RegisterProfileTests on SQLite (the default provider).</summary>
public sealed class RegisterProfileTests(ClockedWorkflowApp app) : RegisterProfileTestsBase(app), IClassFixture<ClockedWorkflowApp>;

/// <summary>RegisterProfileTests on PostgreSQL (ADR 33).</summary>
public sealed class RegisterProfileOnPostgreSqlTests(OnPostgreSql<ClockedWorkflowApp> db) : RegisterProfileTestsBase(db.App), IClassFixture<OnPostgreSql<ClockedWorkflowApp>>;
