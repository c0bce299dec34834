using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>The requests the fuzzer shrank to when it found a 5xx, kept as plain tests so they stay fixed.</summary>
public sealed class FuzzFindingsTests(WorkflowApp app) : IClassFixture<WorkflowApp>
{
    private readonly ApiClient _api = app.Api;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? field)
    {
        var before = await app.CountsAsync();

        using var response = await send();

        if (field is null)
            await Problem.AssertAsync(response, status);
        else
            await Problem.AssertFieldAsync(response, status, field);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Action_answers_415_when_the_json_charset_is_unknown()
    {
        var id = await _api.MemoAtStepAsync(0);
        var client = await _api.LoginAsync(Demo.Section);
        var body = new ByteArrayContent("{\"note\":\"ok\"}"u8.ToArray());
        body.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=no-such-charset");

        await AssertRefusedAsync(() => client.PostAsync($"/api/documents/{id}/endorse", body, Ct), HttpStatusCode.UnsupportedMediaType, "body");
    }
}
