using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>A post a route step escalates to is named by the route (ADR 21): removing it would stop the next start.</summary>
public sealed class RouteEscalationPostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string EscalatingRoute = """
        { "id": "works-approval", "version": 1, "title": { "th": "งานช่าง", "en": "Works" }, "submitters": ["legal-officer"],
          "steps": [{ "position": "municipal-clerk", "action": "endorse", "due": "P2D", "escalateTo": "works-director" },
                    { "position": "mayor", "action": "sign" }] }
        """;

    [Fact]
    public Task Delete_answers_409_and_keeps_the_post_when_a_route_only_escalates_to_it() =>
        WorksDirectorRestart.RunAsync("works-approval.json", EscalatingRoute, async restarted =>
        {
            var admin = await AdminAccounts.SignInAsync(restarted, WorksDirectorRestart.AdminUser);

            using var response = await admin.DeleteAsync($"/api/admin/posts/{WorksDirectorRestart.Post}", Ct);

            var problem = await Problem.AssertAsync(response, HttpStatusCode.Conflict);
            Assert.Equal("post-in-use", problem.GetProperty("code").GetString());
            Assert.True(await restarted.ReadDbAsync(db => db.Posts.AnyAsync(p => p.Key == WorksDirectorRestart.Post, Ct)));
        });
}
