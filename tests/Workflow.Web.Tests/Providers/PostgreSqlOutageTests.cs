using System.Net;
using Workflow.Bench;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Providers;

/// <summary>
/// The PostgreSQL server goes down under a running service: a write answers 503 with Retry-After (not 500) and saves
/// nothing; once the server is back the same request succeeds without restarting the service. A private server of its
/// own, since the shared one serves the other classes.
/// </summary>
public sealed class PostgreSqlOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submission_answers_503_with_retry_after_while_the_server_is_down_and_succeeds_once_it_is_back()
    {
        _ = PostgresServer.Node;
        await using var node = await PostgresNode.StartNewAsync(ct: Ct);
        Assert.True(node.CanRestart, "POSTGRES_URL names a server this test cannot stop; unset it to run on a private one.");
        await using var app = new WorkflowApp();
        app.UsePostgresDatabase(await node.CreateDatabaseAsync(Ct));
        var id = (await app.Api.CreateDraftAsync()).Id;
        await app.Api.LoginAsync(Demo.Legal);

        await node.StopAsync(Ct);
        using var down = await app.Api.ActAsync(Demo.Legal, id, "submit");

        await Problem.AssertAsync(down, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(down.Headers.RetryAfter);
        await node.StartAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, await FirstAnswerOtherThan503Async(() => app.Api.ActAsync(Demo.Legal, id, "submit")));
        Assert.Equal(1, (await app.CountsAsync(id)).AuditEntries);
    }

    /// <summary>Connections the pool held before the restart fail once each; a client retries after a 503, as told.</summary>
    private static async Task<HttpStatusCode> FirstAnswerOtherThan503Async(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await send();
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 20)
                return response.StatusCode;
            await Task.Delay(100, Ct);
        }
    }
}
