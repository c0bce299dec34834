using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Application;
using Workflow.Web.Data;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Makes an administrator as `admin create` does (a user in the Administrator role, no post) and signs them in.</summary>
public static class AdminAccounts
{
    public const string Password = "Admin-register-book-2569";

    public static async Task<HttpClient> SignInAsync(WorkflowApp app, string userName)
    {
        await EnsureAsync(app, userName);
        return await app.Api.SignInAsync(userName, Password);
    }

    /// <summary>Creates the administrator unless it exists.</summary>
    public static async Task EnsureAsync(WorkflowApp app, string userName)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(AppRoles.Administrator))
                await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
            if (await users.FindByNameAsync(userName) is null)
            {
                var admin = new AppUser { UserName = userName, DisplayName = "ผู้ดูแลระบบ" };
                Assert.True((await users.CreateAsync(admin, Password)).Succeeded);
                await users.AddToRoleAsync(admin, AppRoles.Administrator);
            }
        }
    }
}
