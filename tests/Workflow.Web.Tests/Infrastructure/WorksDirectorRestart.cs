using System.Net;
using System.Net.Http.Json;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// An administrator creates the post works-director (positions.json lacks it) on a first host; the test then runs on a
/// restart on the same database whose workflows folder holds one more route file, as an upgrade adding a route would.
/// </summary>
public static class WorksDirectorRestart
{
    public const string Post = "works-director";
    public const string AdminUser = "works-admin";

    public static async Task RunAsync(string routeFile, string routeJson, Func<WorkflowApp, Task> test)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = new WorkflowApp();
        var admin = await AdminAccounts.SignInAsync(first, AdminUser);
        using (var created = await admin.PostAsJsonAsync("/api/admin/posts",
                   new { key = Post, titleTh = "ผู้อำนวยการกองช่าง", titleEn = "Director of Works", memoTitle = "ผู้อำนวยการกองช่าง" }, ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var folder = WorkflowsCopy.With(routeFile, routeJson);
        try
        {
            await using var restarted = new WorkflowApp();
            restarted.Settings["Database:Path"] = first.DatabasePath;
            restarted.Settings["Workflows:Path"] = folder;
            await test(restarted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
