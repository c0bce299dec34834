using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Core.Assignments;
using Workflow.Core.Formatting;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// People and their assignments written straight into the host's database, as the administration pages will write
/// them; and posts given the titles a municipality writes on its memos.
/// </summary>
public static class AssignedPeople
{
    public const string Password = "Assigned-person-2569";

    /// <summary>A person with a rank, a personal title and one assignment; answers their user id.</summary>
    public static async Task<string> AddAsync(WorkflowApp app, string userName, string personalTitle, string position, AssignmentKind kind,
        DateOnly from, DateOnly? to = null, string? orderNumber = null, string? delegatedBy = null, IEnumerable<string>? routes = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var person = new AppUser
        {
            UserName = userName, NamePrefix = "พ.จ.อ.", FirstName = "สมศักดิ์", LastName = userName, PersonalTitle = personalTitle,
            DisplayName = PersonName.Format("พ.จ.อ.", "สมศักดิ์", userName),
        };
        var created = await users.CreateAsync(person, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var delegator = delegatedBy is null ? null : (await users.FindByNameAsync(delegatedBy))!.Id;
        db.Assignments.Add(new PostAssignment
        {
            Id = Guid.CreateVersion7(), UserId = person.Id, Position = position, Kind = kind, From = from, To = to,
            OrderNumber = orderNumber, OrderDate = orderNumber is null ? null : from, DelegatedBy = delegator,
            Routes = PostAssignment.JoinRoutes(routes), CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return person.Id;
    }

    /// <summary>The post as the municipality writes it on memos, e.g. "ปลัดเทศบาลตำบลโชคชัย"; the host reloads its titles.</summary>
    public static async Task SetMemoTitleAsync(WorkflowApp app, string position, string memoTitle)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var post = await db.Posts.SingleAsync(p => p.Key == position, ct);
        post.MemoTitle = memoTitle;
        post.Version++;
        await db.SaveChangesAsync(ct);
        await scope.ServiceProvider.GetRequiredService<PostTitles>().ReloadAsync(db, ct);
    }
}
