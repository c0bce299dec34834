using Microsoft.AspNetCore.Identity;
using Workflow.Core.Assignments;
using Workflow.Core.Formatting;
using Workflow.Web.Administration;
using Workflow.Web.Administration.People;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Infrastructure;

/// <summary>One fictional user per position, for the demo and the tests. Never on a real deployment.</summary>
public static class DemoUsers
{
    /// <summary>The acting order of the demo deputy (รักษาราชการแทนหัวหน้าสำนักปลัดเทศบาล).</summary>
    public const string DeputyOrder = "๑๒/๒๕๖๙";

    public sealed record DemoUser(string UserName, string Prefix, string FirstName, string LastName, string PersonalTitle, string Position, AssignmentKind Kind,
        string? DepartmentKey = null)
    {
        public string DisplayName => PersonName.Format(Prefix, FirstName, LastName);
    }

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("legal", "นางสาว", "พิมพ์ชนก", "ตัวอย่าง", "นิติกรชำนาญการ", "legal-officer", AssignmentKind.Holder, DemoOrganisation.ClerkOffice),
        new("section", "นาย", "สมชาย", "ทดสอบ", "เจ้าพนักงานปกครองชำนาญงาน", "section-head-admin", AssignmentKind.Holder, DemoOrganisation.ClerkOffice),
        new("office", "นาง", "วิไลวรรณ", "สาธิต", "นักบริหารงานทั่วไป ระดับต้น", "head-clerk-office", AssignmentKind.Holder, DemoOrganisation.ClerkOffice),
        new("clerk", "นาย", "ประเสริฐ", "ตัวอย่างดี", "นักบริหารงานท้องถิ่น ระดับกลาง", "municipal-clerk", AssignmentKind.Holder, DemoOrganisation.ClerkOffice),
        new("mayor", "นาย", "มานพ", "ใจสาธิต", "นายกเทศมนตรี", "mayor", AssignmentKind.Holder),
        new("finance", "นางสาว", "กัญญา", "บัญชีดี", "นักวิชาการเงินและบัญชีปฏิบัติการ", "finance-officer", AssignmentKind.Holder, DemoOrganisation.Finance),
        new("director", "นาย", "วีระ", "คลังสาธิต", "นักบริหารงานการคลัง ระดับต้น", "finance-director", AssignmentKind.Holder, DemoOrganisation.Finance),
        new("deputy", "จ.อ.", "อนุชา", "รักษาการ", "เจ้าพนักงานธุรการชำนาญงาน", "head-clerk-office", AssignmentKind.Acting, DemoOrganisation.ClerkOffice),
    ];

    /// <summary>The day the demo's assignments start: long enough ago that any test clock finds them valid.</summary>
    public static readonly DateOnly Since = new(2020, 1, 1);

    /// <summary>
    /// Creates the demo people and their assignments through the services the administrator uses (audited as the
    /// system), so the demo shows a real setup; only the shared demo password is set past the password rules.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, string password, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var people = services.GetRequiredService<People>();
        var assignments = services.GetRequiredService<AssignmentAdmin>();
        foreach (var d in All)
        {
            if (await users.FindByNameAsync(d.UserName) is not null)
                continue;
            var person = new PersonInput
            {
                UserName = d.UserName, NamePrefix = d.Prefix, FirstName = d.FirstName, LastName = d.LastName,
                PersonalTitle = d.PersonalTitle, DepartmentKey = d.DepartmentKey, Email = $"{d.UserName}@demo.invalid",
            };
            Require(await people.CreateAsync(person, AdminActor.System, ct), d.UserName);
            var user = await users.FindByNameAsync(d.UserName) ?? throw new InvalidOperationException($"Demo user {d.UserName} was not created.");
            // The demo password is short and shared on purpose; people's own passwords go through the rules (ADR 9).
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            user.EmailConfirmed = true;
            if (await users.UpdateAsync(user) is { Succeeded: false } updated)
                throw new InvalidOperationException($"Demo user {d.UserName}: {string.Join("; ", updated.Errors.Select(e => e.Description))}");
            var acting = d.Kind == AssignmentKind.Acting;
            Require(await assignments.CreateAsync(new AssignmentRequest
            {
                UserName = d.UserName, Position = d.Position, Kind = d.Kind, From = Since,
                OrderNumber = acting ? DeputyOrder : null, OrderDate = acting ? Since : null,
            }, AdminActor.System, ct), $"{d.UserName} as {d.Position}");
        }
    }

    private static void Require<T>(Outcome<T> outcome, string what)
    {
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Demo user {what}: {outcome.Failure.Detail}");
    }
}
