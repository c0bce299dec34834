using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Administration;
using Workflow.Web.Tests.Infrastructure;
using Workflow.Web.Tests.Security;

namespace Workflow.Web.Tests.Administration;

/// <summary>The organisation profile: the demo seed sets it, the administrator changes it, and every page, the feed and the public site show the change.</summary>
public abstract class OrganisationProfileTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdminAsync() => AdminAccounts.SignInAsync(app, "org-admin");

    private Task<int> AuditCountAsync() => app.ReadDbAsync(db => db.AdminAudit.CountAsync());

    [Fact]
    public async Task Profile_is_the_demo_municipality_when_demo_seeding_is_on()
    {
        var profile = await OrganisationAdmin.GetAsync(await AdminAsync());

        Assert.Equal("เทศบาลตำบลโชคชัย", (string?)profile["nameTh"]);
        Assert.Equal("Chok Chai Subdistrict Municipality", (string?)profile["nameEn"]);
        Assert.Equal("นม 53801", (string?)profile["letterCode"]);
        Assert.Equal("๐ ๔๔๔๗ ๑๒๓๔", (string?)profile["telephone"]);
        Assert.Equal("Asia/Bangkok", (string?)profile["timeZone"]);
        Assert.Equal("Calendar", (string?)profile["yearBasis"]);
    }

    [Fact]
    public async Task New_name_shows_in_header_footer_title_feed_and_public_site_after_a_change()
    {
        var admin = await AdminAsync();
        var name = "เทศบาลเมืองทดสอบ" + Guid.NewGuid().ToString("N")[..6];

        await OrganisationAdmin.ChangeAsync(admin, new { nameTh = name, nameEn = "Test Town" });
        try
        {
            await AssertNameShownAsync(name);
        }
        finally
        {
            await OrganisationAdmin.ChangeAsync(admin, new { nameTh = "เทศบาลตำบลโชคชัย", nameEn = "Chok Chai Subdistrict Municipality" });
        }
    }

    private async Task AssertNameShownAsync(string name)
    {
        var browser = await CookieSession.SignInAsync(app, Demo.Legal);
        var inbox = await browser.GetStringAsync("/", Ct);
        Assert.Contains($"<a class=\"brand\" href=\"/\" data-testid=\"brand\">ระบบเสนอบันทึกข้อความ {name}</a>", inbox);
        Assert.Contains($"ระบบเสนอบันทึกข้อความ {name}</title>", inbox);
        Assert.Contains($"<p data-testid=\"footer\">{name} · ระบบงานสารบรรณอิเล็กทรอนิกส์</p>", inbox);
        Assert.Contains("Memo approval · Test Town", await browser.GetStringAsync("/?culture=en", Ct));
        var anonymous = app.Api.CreateClient();
        Assert.Contains($"data-testid=\"public-organisation\">{name}</p>", await anonymous.GetStringAsync("/public", Ct));
        var feed = XDocument.Parse(await anonymous.GetStringAsync("/public/feed.atom", Ct));
        Assert.Equal($"บันทึกข้อความที่เผยแพร่ · {name}", feed.Root!.Element(XName.Get("title", "http://www.w3.org/2005/Atom"))!.Value);
    }

    [Fact]
    public async Task Change_is_audited_with_before_and_after()
    {
        var admin = await AdminAsync();
        var address = "๙๙ หมู่ " + Random.Shared.Next(1, 99);

        await OrganisationAdmin.ChangeAsync(admin, new { address });

        var entry = await app.ReadDbAsync(db => db.AdminAudit.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync());
        Assert.Equal(("Organisation", "Updated"), (entry.SubjectKind, entry.Action));
        Assert.Contains(address, entry.After);
        Assert.DoesNotContain(address, entry.Before);
        var (_, broken) = await app.ReadDbAsync(db => new AdminAuditTrail(db).VerifyAsync(Ct));
        Assert.Null(broken);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("SE Asia Standard Time")]
    [InlineData("")]
    public async Task Time_zone_that_is_not_an_IANA_id_is_refused_and_changes_nothing(string zone)
    {
        var admin = await AdminAsync();
        var before = await OrganisationAdmin.GetAsync(admin);
        var audit = await AuditCountAsync();

        using var response = await OrganisationAdmin.PutAsync(admin, new { timeZone = zone });

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "timeZone");
        Assert.Equal(before.ToJsonString(), (await OrganisationAdmin.GetAsync(admin)).ToJsonString());
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task Stale_version_is_refused_with_409_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var before = await OrganisationAdmin.GetAsync(admin);

        using var response = await OrganisationAdmin.PutAsync(admin, new { nameTh = "ชื่อที่ไม่ควรบันทึก", version = (int)before["version"]! - 1 });

        await Problem.AssertFieldAsync(response, HttpStatusCode.Conflict, "version");
        Assert.Equal(before.ToJsonString(), (await OrganisationAdmin.GetAsync(admin)).ToJsonString());
    }

    [Theory]
    [InlineData("nameTh", "")]
    [InlineData("letterCode", "")]
    [InlineData("nameTh", "<script>alert(1)</script>")]
    public async Task Missing_or_markup_field_is_refused_naming_it(string field, string value)
    {
        var admin = await AdminAsync();
        var audit = await AuditCountAsync();

        using var response = await OrganisationAdmin.PutAsync(admin, new JsonObject { [field] = value });

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task Unknown_year_basis_is_refused_naming_it()
    {
        var admin = await AdminAsync();

        using var response = await OrganisationAdmin.PutAsync(admin, new { yearBasis = "Lunar" });

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "yearBasis");
    }
}

/// <summary>OrganisationProfileTests on SQLite (the default provider).</summary>
public sealed class OrganisationProfileTests(WorkflowApp app) : OrganisationProfileTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>OrganisationProfileTests on PostgreSQL (ADR 33).</summary>
public sealed class OrganisationProfileOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : OrganisationProfileTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
