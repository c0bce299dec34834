using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflow.Browser.Tests.Production;
using Workflow.Browser.Tests.Support;
using Workflow.Web.Tests.Administration;
using static Microsoft.Playwright.Assertions;

namespace Workflow.Browser.Tests.Administration;

/// <summary>
/// A municipality installs the service from nothing (Production, behind the TLS proxy, an administrator from
/// `admin create`), enters itself through the administration pages, and its people route a memo from the author's
/// report to the mayor's signature, one step by an acting clerk; the memo, the public page and the register show it.
/// </summary>
public sealed class MunicipalitySetupTests(BrowserHost host, EmptyProduction site) : IClassFixture<EmptyProduction>
{
    private const string Place = "ตำบลหนองบัว";
    private const string Municipality = "เทศบาล" + Place;
    private const string Password = "Nong-Bua-Officer-2569!";
    private const string OrderNumber = "123/2569";

    /// <summary>The five posts of the reference route and the acting deputy: user, rank, first, last, personal title, department, post.</summary>
    private static readonly Person[] People =
    [
        new("nida", "นางสาว", "นิดา", "ศรีสุข", "นิติกรชำนาญการ", "office", "legal-officer"),
        new("somsak", "จ.อ.", "สมศักดิ์", "ใจกล้า", "เจ้าพนักงานปกครองชำนาญงาน", "office", "section-head-admin"),
        new("wilai", "นาง", "วิไล", "ทองดี", "นักบริหารงานทั่วไป ระดับต้น", "office", "head-clerk-office"),
        new("prasert", "นาย", "ประเสริฐ", "มั่นคง", "นักบริหารงานท้องถิ่น ระดับกลาง", "office", "municipal-clerk"),
        new("chaiwat", "พ.จ.อ.", "ชัยวัฒน์", "แก้วใส", "รองปลัดเทศบาล", "office", null),
        new("boonmee", "ว่าที่ร้อยตรี", "บุญมี", "รักถิ่น", "", "office", "mayor"),
    ];

    private sealed record Person(string User, string Rank, string First, string Last, string Title, string Department, string? Post)
    {
        public string Name => $"{Rank}{First} {Last}";
    }

    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"))
        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static int ThisYearBe => int.Parse(Today[..4], System.Globalization.CultureInfo.InvariantCulture) + 543;

    [Fact]
    public async Task Administrator_sets_up_a_municipality_from_an_empty_database_and_its_people_route_a_memo_to_publication()
    {
        site.EnsureAvailable();
        await using var admin = await Officer.OpenAsync(host.Browser, site.BaseUrl);
        await admin.SignInAsync(EmptyProduction.Administrator, EmptyProduction.AdministratorPassword);
        await Expect(admin.Page.GetByTestId("brand")).Not.ToContainTextAsync(Municipality);
        var stylesheet = await admin.Page.Locator("link[rel=stylesheet]").First.GetAttributeAsync("href");
        Assert.Equal(200, (await admin.Context.APIRequest.GetAsync(admin.Url(stylesheet!))).Status);

        await EnterOrganisationAsync(admin);
        await EnterDepartmentsAsync(admin);
        await EnterPostsAsync(admin);
        foreach (var person in People)
            await EnterPersonAsync(admin, person);
        foreach (var person in People.Where(p => p.Post is not null))
            await AssignAsync(admin, "Holder", person.User, person.Post!);
        await AssignAsync(admin, "Acting", "chaiwat", "municipal-clerk", OrderNumber);
        await ContinueRegisterAsync(admin, 335);
        await ScreenshotAdminPagesAsync(admin);

        var subject = $"รายงานผลการสอบข้อเท็จจริง หนองบัว {Guid.NewGuid():N}"[..50];
        await using var author = await FirstSignInAsync("nida");
        await author.Page.GotoAsync(author.Url("/memos/new"));
        await Expect(author.Page.GetByLabel("ส่วนราชการ")).ToHaveValueAsync($"สำนักปลัดเทศบาล {Municipality} โทร ๐ ๔๓๒๑ ๑๒๓๔");
        await author.Page.GetByLabel("เรื่อง", new() { Exact = true }).FillAsync(subject);
        await author.Page.GetByLabel("ข้อความ", new() { Exact = true }).FillAsync("ด้วยนิติกรได้จัดทำรายงานผลการสอบข้อเท็จจริงเสร็จแล้ว\n\nจึงเรียนมาเพื่อโปรดพิจารณา");
        await author.Page.GetByLabel("ไฟล์แนบ (PDF)").SetInputFilesAsync(TestPdf.Payload("รายงาน.pdf"));
        await author.Page.GetByRole(AriaRole.Button, new() { Name = "ส่งเรื่อง" }).ClickAsync();
        await Expect(author.Page.GetByTestId("memo-number")).ToHaveTextAsync("ขก ๕๒๑๐๑/๓๓๕");
        await Expect(author.Page.GetByTestId("memo-signature")).ToContainTextAsync("(นางสาวนิดา ศรีสุข)");
        await Expect(author.Page.GetByTestId("memo-signature")).ToContainTextAsync("นิติกรชำนาญการ");
        await Expect(author.Page.GetByTestId("memo-emblem")).ToBeVisibleAsync();
        var memo = Officer.MemoId(author.Page.Url);

        foreach (var user in new[] { "somsak", "wilai", "chaiwat" })
        {
            await using var approver = await FirstSignInAsync(user);
            await approver.OpenFromInboxAsync(subject);
            await approver.EndorseAsync();
        }

        await using var mayor = await FirstSignInAsync("boonmee");
        await mayor.OpenFromInboxAsync(subject);
        await mayor.Page.Locator("#note-sign").FillAsync("อนุมัติ ให้เผยแพร่บนเว็บไซต์เทศบาล");
        await mayor.Page.GetByRole(AriaRole.Button, new() { Name = "ลงนามอนุมัติ" }).ClickAsync();
        await Expect(mayor.Page.GetByTestId("memo-status")).ToHaveTextAsync("ลงนามแล้ว");
        await ExpectNotesAsync(mayor.Page.GetByTestId("marginal-note"));
        await mayor.ScreenshotAsync("setup-memo-signed");
        Assert.Equal(memo, Officer.MemoId(mayor.Page.Url));

        await using var visitor = await Officer.OpenAsync(host.Browser, site.BaseUrl);
        var listed = visitor.Page.GetByRole(AriaRole.Link, new() { Name = subject });
        await Eventually.TrueAsync(async () =>
        {
            await visitor.Page.GotoAsync(visitor.Url($"/public?q={Uri.EscapeDataString(subject)}"));
            return await listed.CountAsync() == 1;
        }, TimeSpan.FromSeconds(30), "the signed memo on the new municipality's public site");
        await Expect(visitor.Page.GetByTestId("brand")).ToContainTextAsync(Municipality);
        await listed.ClickAsync();
        await Expect(visitor.Page.GetByTestId("memo-number")).ToHaveTextAsync("ขก ๕๒๑๐๑/๓๓๕");
        await Expect(visitor.Page.GetByTestId("memo-emblem")).ToBeVisibleAsync();
        await ExpectNotesAsync(visitor.Page.GetByTestId("marginal-note"));
        await visitor.ScreenshotAsync("setup-public-memo");

        var csv = await (await admin.Context.APIRequest.GetAsync(admin.Url($"/register/export.csv?year={ThisYearBe}"))).TextAsync();
        var row = Assert.Single(csv.Split('\n'), line => line.Contains(subject, StringComparison.Ordinal));
        Assert.Contains("ขก ๕๒๑๐๑/๓๓๕", row, StringComparison.Ordinal);
        Assert.Contains("นางสาวนิดา ศรีสุข", row, StringComparison.Ordinal);
        Assert.Contains("สำนักปลัดเทศบาล", row, StringComparison.Ordinal);
        await admin.Page.GotoAsync(admin.Url("/register"));
        await Expect(admin.Page.GetByTestId("register").Locator("tr", new() { HasText = subject })).ToContainTextAsync("ขก ๕๒๑๐๑/๓๓๕");
    }

    /// <summary>The four notes as the regulation words them: names with ranks, personal titles, the acting line and its order.</summary>
    private static async Task ExpectNotesAsync(ILocator notes)
    {
        await Expect(notes).ToHaveCountAsync(4);
        await Expect(notes.Nth(0)).ToContainTextAsync("(จ.อ.สมศักดิ์ ใจกล้า)");
        await Expect(notes.Nth(0)).ToContainTextAsync("เจ้าพนักงานปกครองชำนาญงาน");
        await Expect(notes.Nth(0)).ToContainTextAsync("หัวหน้าฝ่ายปกครอง");
        await Expect(notes.Nth(1)).ToContainTextAsync($"เรียน ปลัดเทศบาล{Place}");
        await Expect(notes.Nth(1)).ToContainTextAsync("(นางวิไล ทองดี)");
        await Expect(notes.Nth(2)).ToContainTextAsync($"เรียน นายกเทศมนตรี{Place}");
        await Expect(notes.Nth(2)).ToContainTextAsync("(พ.จ.อ.ชัยวัฒน์ แก้วใส)");
        await Expect(notes.Nth(2)).ToContainTextAsync($"รักษาราชการแทนปลัดเทศบาล{Place}");
        await Expect(notes.Nth(2)).ToContainTextAsync("ตามคำสั่งที่ ๑๒๓/๒๕๖๙");
        await Expect(notes.Nth(3)).ToContainTextAsync("อนุมัติ ให้เผยแพร่บนเว็บไซต์เทศบาล");
        await Expect(notes.Nth(3)).ToContainTextAsync("(ว่าที่ร้อยตรีบุญมี รักถิ่น)");
        await Expect(notes.Nth(3)).ToContainTextAsync($"นายกเทศมนตรี{Place}");
    }

    private static async Task EnterOrganisationAsync(Officer admin)
    {
        var page = admin.Page;
        await page.GotoAsync(admin.Url("/admin/organisation"));
        await page.GetByLabel("ชื่อภาษาไทย").FillAsync(Municipality);
        await page.GetByLabel("ชื่อภาษาอังกฤษ").FillAsync("Nong Bua Subdistrict Municipality");
        await page.GetByLabel("รหัสหนังสือ (ที่)").FillAsync("ขก 52101");
        await page.GetByLabel("ที่อยู่").FillAsync("๙๙ หมู่ ๑ ตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น ๔๐๐๐๐");
        await page.GetByLabel("โทรศัพท์").FillAsync("๐ ๔๓๒๑ ๑๒๓๔");
        await page.GetByLabel("เขตเวลา").FillAsync("Asia/Bangkok");
        await page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("บันทึกข้อมูลหน่วยงานแล้ว");
        await Expect(page.GetByTestId("brand")).ToContainTextAsync(Municipality);

        await page.GetByLabel("ไฟล์ตราสัญลักษณ์ (PNG)").SetInputFilesAsync(new FilePayload
        {
            Name = "emblem.png", MimeType = "image/png", Buffer = TestPng.Make(96, 96),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "อัปโหลดตราสัญลักษณ์" }).ClickAsync();
        await Expect(page.GetByTestId("emblem-preview")).ToBeVisibleAsync();
    }

    private static async Task EnterDepartmentsAsync(Officer admin)
    {
        var page = admin.Page;
        foreach (var (key, name, line) in new[]
                 {
                     ("office", "สำนักปลัดเทศบาล", $"สำนักปลัดเทศบาล {Municipality} โทร ๐ ๔๓๒๑ ๑๒๓๔"),
                     ("finance", "กองคลัง", $"กองคลัง {Municipality} โทร ๐ ๔๓๒๑ ๑๒๓๕"),
                 })
        {
            await page.GotoAsync(admin.Url("/admin/departments"));
            var form = page.GetByTestId("department-new");
            await form.GetByLabel("รหัส (ภาษาอังกฤษ)").FillAsync(key);
            await form.GetByLabel("ชื่อภาษาไทย").FillAsync(name);
            await form.GetByLabel("ข้อความส่วนราชการ").FillAsync(line);
            await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม" }).ClickAsync();
            await Expect(page.GetByTestId("departments").Locator("tr", new() { HasText = name })).ToContainTextAsync(line);
        }
    }

    /// <summary>The posts came from workflows/positions.json on the first start; the memo titles carry the municipality's name.</summary>
    private static async Task EnterPostsAsync(Officer admin)
    {
        foreach (var (key, memoTitle) in new[] { ("municipal-clerk", $"ปลัดเทศบาล{Place}"), ("mayor", $"นายกเทศมนตรี{Place}") })
        {
            await admin.Page.GotoAsync(admin.Url($"/admin/posts/{key}/edit"));
            await admin.Page.GetByLabel("ชื่อตำแหน่งที่เขียนในบันทึกข้อความ").FillAsync(memoTitle);
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
            await Expect(admin.Page.GetByTestId("notice")).ToHaveTextAsync("บันทึกแล้ว");
        }
    }

    private static async Task EnterPersonAsync(Officer admin, Person person)
    {
        var page = admin.Page;
        await page.GotoAsync(admin.Url("/admin/people/new"));
        var form = page.GetByTestId("person-form");
        await form.GetByLabel("ชื่อผู้ใช้").FillAsync(person.User);
        await form.GetByLabel("คำนำหน้าชื่อหรือยศ").FillAsync(person.Rank);
        await form.GetByLabel("ชื่อ", new() { Exact = true }).FillAsync(person.First);
        await form.GetByLabel("นามสกุล").FillAsync(person.Last);
        await form.GetByLabel("ตำแหน่ง", new() { Exact = true }).FillAsync(person.Title);
        await form.GetByLabel("ส่วนราชการ").SelectOptionAsync(person.Department);
        await form.GetByLabel("อีเมล", new() { Exact = true }).FillAsync($"{person.User}@nongbua.go.th");
        await form.GetByRole(AriaRole.Button, new() { Name = "เพิ่ม" }).ClickAsync();
        await Expect(page.GetByTestId("person-done")).ToContainTextAsync("เพิ่มบุคลากรแล้ว");

        await page.GetByLabel("รหัสผ่านชั่วคราว").FillAsync(Password + "-temp");
        await page.GetByRole(AriaRole.Button, new() { Name = "กำหนดรหัสผ่านชั่วคราว" }).ClickAsync();
        await Expect(page.GetByTestId("person-done")).ToHaveTextAsync("กำหนดรหัสผ่านชั่วคราวแล้ว");
    }

    private static async Task AssignAsync(Officer admin, string kind, string user, string post, string? order = null)
    {
        var page = admin.Page;
        await page.GotoAsync(admin.Url("/admin/assignments/new"));
        await page.GetByLabel("ประเภท").SelectOptionAsync(kind);
        await page.GetByLabel("บุคคล").SelectOptionAsync(user);
        await page.GetByLabel("ตำแหน่ง", new() { Exact = true }).SelectOptionAsync(post);
        await page.GetByLabel("วันแรก").FillAsync(Today);
        if (order is not null)
        {
            await page.GetByLabel("คำสั่งที่").FillAsync(order);
            await page.GetByLabel("ลงวันที่ (คำสั่ง)").FillAsync(Today);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "บันทึก", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("assignment-saved")).ToHaveTextAsync("บันทึกแล้ว");
    }

    private static async Task ContinueRegisterAsync(Officer admin, int next)
    {
        await admin.Page.GotoAsync(admin.Url("/admin/register"));
        await admin.Page.GetByLabel($"เลขที่ถัดไปของปี {ThisYearBe}").FillAsync(next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "บันทึกเลขที่ถัดไป" }).ClickAsync();
        await Expect(admin.Page.GetByTestId("register-next")).ToContainTextAsync($"เลขที่ให้ไปแล้วล่าสุด {next - 1}");
    }

    /// <summary>Each administration page as this municipality filled it in, on a desktop and on a 390 px phone.</summary>
    private async Task ScreenshotAdminPagesAsync(Officer admin)
    {
        string[] pages =
        [
            "/admin", "/admin/organisation", "/admin/departments", "/admin/departments/office", "/admin/posts",
            "/admin/posts/municipal-clerk/edit", "/admin/people", "/admin/people/import", "/admin/assignments",
            "/admin/assignments/new", "/admin/register", "/admin/holidays", "/admin/audit", "/register",
        ];
        await using var phone = await Officer.OpenAsync(host.Browser, site.BaseUrl, new ViewportSize { Width = 390, Height = 844 }, phone: true);
        await phone.SignInAsync(EmptyProduction.Administrator, EmptyProduction.AdministratorPassword);
        foreach (var path in pages)
        {
            var name = "setup" + Regex.Replace(path, "[^a-z0-9]+", "-").TrimEnd('-');
            foreach (var (who, suffix) in new[] { (admin, "desktop"), (phone, "phone") })
            {
                var response = await who.Page.GotoAsync(who.Url(path));
                Assert.True(response!.Ok, $"{path}: {response.Status}");
                await who.ScreenshotAsync($"{name}-{suffix}");
            }

            var overflow = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways on a 390 px phone by {overflow} px");
        }
    }

    /// <summary>A new person's first sign-in: the temporary password, then the password of their own the service insists on.</summary>
    private async Task<Officer> FirstSignInAsync(string user)
    {
        var officer = await Officer.OpenAsync(host.Browser, site.BaseUrl);
        await officer.Page.GotoAsync(officer.Url("/"));
        await officer.Page.GetByLabel("ชื่อผู้ใช้").FillAsync(user);
        await officer.Page.GetByLabel("รหัสผ่าน").FillAsync(Password + "-temp");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "เข้าสู่ระบบ" }).ClickAsync();
        if (officer.Page.Url.Contains("/account/password", StringComparison.Ordinal))
        {
            await officer.Page.GetByLabel("รหัสผ่านปัจจุบัน").FillAsync(Password + "-temp");
            await officer.Page.GetByLabel("รหัสผ่านใหม่", new() { Exact = true }).FillAsync(Password);
            await officer.Page.GetByLabel("ยืนยันรหัสผ่านใหม่").FillAsync(Password);
            await officer.Page.GetByRole(AriaRole.Button, new() { Name = "เปลี่ยนรหัสผ่าน" }).ClickAsync();
            await Expect(officer.Page.GetByTestId("password-changed")).ToBeVisibleAsync();
        }
        else
        {
            Assert.Fail($"{user} signed in with a temporary password without being asked to change it ({officer.Page.Url})");
        }

        return officer;
    }
}
