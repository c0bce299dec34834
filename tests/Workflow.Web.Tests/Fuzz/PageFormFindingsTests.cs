using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>Posts the page-form fuzzer shrank to when one took effect, kept as plain tests so they stay fixed.</summary>
public abstract class PageFormFindingsTestsBase(WorkflowApp app)
{
    [Theory]
    [InlineData("1")]
    [InlineData(" Endorse")]
    [InlineData("Endorse ")]
    [InlineData("Submit,Endorse")]
    [InlineData("Endorse, Return")]
    public async Task Memo_page_refuses_an_action_that_is_not_exactly_the_name_a_button_sends(string action)
    {
        var id = await app.Api.MemoAtStepAsync(0);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var section = await PageFormSession.SignInAsync(client, Demo.Section, $"/memos/{id}");
        var before = await app.CountsAsync(id);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/memos/{id}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Action"] = action,
                ["Input.Note"] = "เพื่อโปรดทราบ",
                [PageFormSession.TokenField] = section.Token,
            }),
        };
        post.Headers.Add("Cookie", section.Cookies());

        using var response = await client.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.CountsAsync(id));
    }
}

/// <summary>PageFormFindingsTests on SQLite (the default provider).</summary>
public sealed class PageFormFindingsTests(WorkflowApp app) : PageFormFindingsTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>PageFormFindingsTests on PostgreSQL (ADR 33).</summary>
public sealed class PageFormFindingsOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : PageFormFindingsTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
