using Workflow.Web.Tests.Administration.People;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>A person of their own for one test, so each test reads and changes only its own notification settings.</summary>
public static class SettingsPerson
{
    public const string Password = "ตั้งค่าการแจ้งเตือน-2569-ข";

    /// <summary>Creates the person (as an administrator would) and answers their bearer client.</summary>
    public static async Task<HttpClient> ApiAsync(WorkflowApp app, string userName)
    {
        await CreateAsync(app, userName);
        return await app.Api.SignInAsync(userName, Password);
    }

    /// <summary>Creates the person and answers a browser's cookie session of theirs.</summary>
    public static async Task<HttpClient> BrowserAsync(WorkflowApp app, string userName)
    {
        await CreateAsync(app, userName);
        return await Security.CookieSession.SignInAsync(app, userName, Password);
    }

    private static async Task CreateAsync(WorkflowApp app, string userName)
    {
        var admin = await AdminAccounts.SignInAsync(app, "notification-settings-admin");
        await PeopleApi.CreateWithPasswordAsync(app, admin, userName, Password);
    }
}
