using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Engine;
using Workflow.Web.Data;

namespace Workflow.Web.Infrastructure;

/// <summary>One fictional user per position, for the demo and the tests. Never on a real deployment.</summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Position, Capacity Capacity)> All =
    [
        ("legal", "นางสาวพิมพ์ชนก ตัวอย่าง", "legal-officer", Capacity.Self),
        ("section", "นายสมชาย ทดสอบ", "section-head-admin", Capacity.Self),
        ("office", "นางวิไลวรรณ สาธิต", "head-clerk-office", Capacity.Self),
        ("clerk", "นายประเสริฐ ตัวอย่างดี", "municipal-clerk", Capacity.Self),
        ("mayor", "นายมานพ ใจสาธิต", "mayor", Capacity.Self),
        ("finance", "นางสาวกัญญา บัญชีดี", "finance-officer", Capacity.Self),
        ("director", "นายวีระ คลังสาธิต", "finance-director", Capacity.Self),
        ("deputy", "นายอนุชา รักษาการ", "head-clerk-office", Capacity.Acting),
    ];

    public static async Task SeedAsync(UserManager<AppUser> users, WorkflowDbContext db, string password)
    {
        foreach (var (userName, displayName, position, capacity) in All)
        {
            if (await users.FindByNameAsync(userName) is not null)
                continue;
            var user = new AppUser { UserName = userName, DisplayName = displayName, Email = $"{userName}@demo.invalid", EmailConfirmed = true };
            // The demo password is short and shared on purpose; people's own passwords go through the rules (ADR 9).
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo user {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            db.UserPositions.Add(new UserPosition { UserId = user.Id, Position = position, Capacity = capacity });
        }

        await db.SaveChangesAsync();
    }
}
