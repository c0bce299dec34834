using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Application;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>
/// Three instances on one PostgreSQL database at work (ADR 33): the same memos acted on from all three at once,
/// submissions racing on different instances, and the outbox drained by three dispatchers.
/// </summary>
public sealed class SeveralInstancesTests(SharedPostgresApps apps) : IClassFixture<SharedPostgresApps>
{
    private const int Memos = 6;

    private const int Submissions = 30;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ApiClient On(int host) => apps[host % SharedPostgresApps.Count].Api;

    private async Task<HttpStatusCode[]> FromEveryInstanceAtOnceAsync(string user, Guid id, string action)
    {
        foreach (var host in apps.Hosts)
            await host.Api.LoginAsync(user);
        return await Task.WhenAll(apps.Hosts.Select(host => Task.Run(async () =>
        {
            using var response = await host.Api.ActAsync(user, id, action);
            return response.StatusCode;
        }, Ct)));
    }

    [Fact]
    public async Task Interleaved_actions_on_the_same_memos_from_three_instances_let_one_through_per_step_and_every_chain_verifies()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < Memos; i++)
        {
            var id = (await On(i).CreateDraftAsync()).Id;
            await On(i + 1).ActOkAsync(Demo.Legal, id, "submit");
            ids.Add(id);
        }

        var steps = Demo.MemoSteps.Select((user, i) => (user, action: i == Demo.MemoSteps.Length - 1 ? "sign" : "endorse"));
        foreach (var (user, action) in steps)
        {
            var answers = await Task.WhenAll(ids.Select(id => FromEveryInstanceAtOnceAsync(user, id, action)));
            foreach (var statuses in answers)
            {
                Assert.Single(statuses, s => s == HttpStatusCode.OK);
                Assert.All(statuses.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
            }
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var verification = await On(i + 2).GetAsync<AuditVerification>(Demo.Legal, $"/api/documents/{id}/audit/verify");
            Assert.True(verification.Valid, $"Memo {id}: {verification.Reason} at entry {verification.FirstBrokenSequence}");
            Assert.Equal(1 + Demo.MemoSteps.Length, verification.Entries);
            Assert.Equal("Signed", (await On(i).GetDocumentAsync(Demo.Legal, id)).Status);
        }
    }

    [Fact]
    public async Task Racing_submissions_on_three_instances_get_unique_consecutive_register_numbers()
    {
        var drafts = new List<Guid>();
        for (var i = 0; i < Submissions; i++)
            drafts.Add((await On(i).CreateDraftAsync()).Id);
        foreach (var host in apps.Hosts)
            await host.Api.LoginAsync(Demo.Legal);

        var statuses = await Task.WhenAll(drafts.Select((id, i) => Task.Run(async () =>
        {
            using var response = await On(i).ActAsync(Demo.Legal, id, "submit");
            return response.StatusCode;
        }, Ct)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var raced = await apps[0].ReadDbAsync(db => db.Documents.Where(d => drafts.Contains(d.Id)).Select(d => d.RegisterNumber).ToListAsync(Ct));
        var given = await apps[1].ReadDbAsync(db => db.Documents.Where(d => d.RegisterNumber != null).Select(d => d.RegisterNumber).ToListAsync(Ct));
        var last = await apps[2].ReadDbAsync(db => db.RegisterCounters.SumAsync(c => c.Last, Ct));
        Assert.Equal(Submissions, raced.Select(RegisterNumbers.Number).Distinct().Count());
        // Every number ever given in this database, on whichever instance: 1, 2, 3 … without a gap or a repeat.
        Assert.Equal(Enumerable.Range(1, last), given.Select(RegisterNumbers.Number).Order());
    }

    [Fact]
    public async Task Outbox_is_drained_by_three_dispatchers_each_event_published_once_in_its_documents_order()
    {
        var signed = new List<Guid>();
        for (var i = 0; i < Memos; i++)
        {
            var id = (await On(i).CreateDraftAsync()).Id;
            await On(i + 1).ActOkAsync(Demo.Legal, id, "submit");
            for (var step = 0; step < Demo.MemoSteps.Length; step++)
                await On(i + step + 2).ActOkAsync(Demo.MemoSteps[step], id, step == Demo.MemoSteps.Length - 1 ? "sign" : "endorse");
            signed.Add(id);
        }

        // Drained means every memo's announcement is written too: it comes from the consumer of the signature, so an
        // outbox with no unsent row may still be waiting for the last one.
        Assert.True(await apps[0].EventuallyAsync(async db => await db.Outbox.CountAsync(o => o.Type == "DocumentPublished" && signed.Contains(o.DocumentId)) == Memos
            && !await db.Outbox.AnyAsync(o => o.SentAt == null), TimeSpan.FromSeconds(60)), "The outbox did not drain.");
        var rows = await apps[1].ReadDbAsync(db => db.Outbox.OrderBy(o => o.Id).Select(o => new { o.Id, o.MessageId, o.DocumentId }).ToListAsync(Ct));
        var published = apps.Published.Entries;
        var position = published.Select((p, i) => (p.MessageId, i)).GroupBy(p => p.MessageId).ToDictionary(g => g.Key, g => g.Select(p => p.i).ToList());

        Assert.All(rows, r => Assert.True(position.TryGetValue(r.MessageId, out var at) && at.Count == 1, $"Outbox row {r.Id} was published {(position.TryGetValue(r.MessageId, out var n) ? n.Count : 0)} times."));
        foreach (var document in rows.GroupBy(r => r.DocumentId))
        {
            var order = document.Select(r => position[r.MessageId][0]).ToList();
            Assert.True(order.SequenceEqual(order.Order()), $"Document {document.Key}'s events were published out of id order.");
        }

        Assert.True(published.Select(p => p.Host).Distinct().Count() > 1, "One instance published everything: the others' dispatchers were not exercised.");
        var journaled = await apps[2].ReadDbAsync(db => db.MessageJournal.Select(j => j.MessageId).ToListAsync(Ct));
        Assert.Equal(journaled.Count, journaled.Distinct().Count());
    }

    [Fact]
    public async Task A_bearer_token_issued_by_one_instance_is_accepted_by_the_others()
    {
        var id = (await apps[0].Api.CreateDraftAsync()).Id;
        var issuing = await apps[0].Api.LoginAsync(Demo.Legal);

        foreach (var host in apps.Hosts.Skip(1))
        {
            using var other = host.Api.CreateClient();
            other.DefaultRequestHeaders.Authorization = issuing.DefaultRequestHeaders.Authorization;
            using var response = await other.GetAsync($"/api/documents/{id}", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_sign_in_cookie_and_form_token_issued_by_one_instance_work_on_the_others()
    {
        var browser = new SharedBrowser(apps.Hosts);

        var token = await Security.CookieSession.TokenAsync(browser[0], "/account/login");
        using var signIn = await browser[1].PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = Demo.Clerk, ["Input.Password"] = Demo.Password, ["__RequestVerificationToken"] = token,
        }), Ct);
        using var home = await browser[2].GetAsync("/", Ct);
        using var stranger = await apps[2].CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
    }

    [Fact]
    public async Task Sign_in_failures_on_one_instance_count_on_the_others()
    {
        var name = $"nobody-{Guid.NewGuid():N}"[..20];
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var client = On(i).CreateClient();
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = name, password = "wrong-password" }, Ct);
            answers.Add(response.StatusCode);
        }

        // Three free failures, the fourth makes the pair wait, the fifth (on yet another instance) is refused: 429.
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
    }
}
