using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflow.Core.Classification;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Classes;

/// <summary>The author's urgency and secrecy classes over the API (ADR 22): kept, answered by name, refused when unknown or ลับที่สุด.</summary>
public abstract class ClassApiTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("none", Urgency.None)]
    [InlineData("urgent", Urgency.Urgent)]
    [InlineData("very-urgent", Urgency.VeryUrgent)]
    [InlineData("most-urgent", Urgency.MostUrgent)]
    public async Task Create_draft_keeps_the_urgency_the_author_chose(string name, Urgency stored)
    {
        using var response = await ClassDrafts.PostAsync(app, ClassDrafts.Body(urgency: name));

        var created = await ClassDrafts.ReadAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(name, created.GetProperty("urgency").GetString());
        Assert.Equal(name, (await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}")).GetProperty("urgency").GetString());
        Assert.Equal(stored, await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Urgency).SingleAsync(Ct)));
    }

    [Theory]
    [InlineData("none", Secrecy.None)]
    [InlineData("confidential", Secrecy.Confidential)]
    [InlineData("secret", Secrecy.Secret)]
    public async Task Create_draft_keeps_the_secrecy_the_author_chose(string name, Secrecy stored)
    {
        using var response = await ClassDrafts.PostAsync(app, ClassDrafts.Body(secrecy: name));

        var created = await ClassDrafts.ReadAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(name, created.GetProperty("secrecy").GetString());
        Assert.Equal(name, (await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}")).GetProperty("secrecy").GetString());
        Assert.Equal(stored, await app.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.Secrecy).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Create_draft_has_no_class_when_the_author_leaves_them_out()
    {
        var id = await ClassDrafts.CreateAsync(app);

        var memo = await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}");
        Assert.Equal("none", memo.GetProperty("urgency").GetString());
        Assert.Equal("none", memo.GetProperty("secrecy").GetString());
    }

    [Fact]
    public async Task Update_draft_changes_both_classes()
    {
        var id = await ClassDrafts.CreateAsync(app, "urgent", "confidential");
        var body = ClassDrafts.Body("most-urgent", "secret");

        using var response = await (await app.Api.LoginAsync(Demo.Legal)).PutAsJsonAsync($"/api/documents/{id}", body, Ct);

        await ApiClient.ExpectAsync(response, HttpStatusCode.OK, "update");
        var memo = await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}");
        Assert.Equal("most-urgent", memo.GetProperty("urgency").GetString());
        Assert.Equal("secret", memo.GetProperty("secrecy").GetString());
    }

    [Theory]
    [InlineData("urgency", "bogus")]
    [InlineData("urgency", "Urgent")]
    [InlineData("urgency", "VeryUrgent")]
    [InlineData("urgency", "ด่วน")]
    [InlineData("secrecy", "top-secret")]
    [InlineData("secrecy", "Secret")]
    public async Task Create_draft_is_refused_naming_the_field_and_stores_nothing_when_a_class_is_unknown(string field, string value)
    {
        var before = await app.CountsAsync();
        var body = ClassDrafts.Body();
        body[field] = value;

        using var response = await ClassDrafts.PostAsync(app, body);

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Contains(field == "urgency" ? "none, urgent, very-urgent, most-urgent" : "none, confidential, secret", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("urgency")]
    [InlineData("secrecy")]
    public async Task Create_draft_is_refused_naming_the_field_when_a_class_is_a_number(string field)
    {
        var before = await app.CountsAsync();
        var body = ClassDrafts.Body();
        body[field] = 2;

        using var response = await ClassDrafts.PostAsync(app, body);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Theory]
    [InlineData("most-secret")]
    [InlineData("ลับที่สุด")]
    public async Task Create_draft_refuses_most_secret_saying_the_regulation_does_not_carry_it_electronically(string value)
    {
        var before = await app.CountsAsync();

        using var response = await ClassDrafts.PostAsync(app, ClassDrafts.Body(secrecy: value));

        var problem = await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "secrecy");
        var message = problem.GetProperty("errors").GetProperty("secrecy")[0].GetString();
        Assert.Contains("ลับที่สุด", message);
        Assert.Contains("regulation", message);
        Assert.Contains("electronic correspondence", message);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Update_draft_changes_nothing_when_the_secrecy_is_most_secret()
    {
        var id = await ClassDrafts.CreateAsync(app, "urgent", "confidential");
        var before = await app.CountsAsync(id);

        using var response = await (await app.Api.LoginAsync(Demo.Legal)).PutAsJsonAsync($"/api/documents/{id}",
            ClassDrafts.Body("most-urgent", ClassNames.MostSecret, "เรื่องที่ไม่ควรถูกบันทึก"), Ct);

        await Problem.AssertFieldAsync(response, HttpStatusCode.BadRequest, "secrecy");
        Assert.Equal(before, await app.CountsAsync(id));
        var memo = await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{id}");
        Assert.Equal("urgent", memo.GetProperty("urgency").GetString());
        Assert.Equal("confidential", memo.GetProperty("secrecy").GetString());
        Assert.NotEqual("เรื่องที่ไม่ควรถูกบันทึก", memo.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Inbox_and_my_memos_answer_the_classes_by_name()
    {
        var id = await ClassDrafts.SubmittedAsync(app, "very-urgent", "confidential");

        var inbox = (await ClassDrafts.GetAsync(app, Demo.Section, "/api/inbox")).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        var mine = (await ClassDrafts.GetAsync(app, Demo.Legal, "/api/documents/mine")).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

        Assert.All(new[] { inbox, mine }, item =>
        {
            Assert.Equal("very-urgent", item.GetProperty("urgency").GetString());
            Assert.Equal("confidential", item.GetProperty("secrecy").GetString());
        });
    }

    [Fact]
    public async Task Routing_a_classified_memo_writes_the_same_events_and_audit_as_any_other()
    {
        var plain = await ClassDrafts.SubmittedAsync(app);
        var classified = await ClassDrafts.SubmittedAsync(app, "most-urgent", "secret");

        foreach (var id in new[] { plain, classified })
            await app.Api.ActOkAsync(Demo.Section, id, "endorse");

        var (plainCounts, classifiedCounts) = (await app.CountsAsync(plain), await app.CountsAsync(classified));
        Assert.Equal(plainCounts, classifiedCounts);
        var verified = await ClassDrafts.GetAsync(app, Demo.Legal, $"/api/documents/{classified}/audit/verify");
        Assert.True(verified.GetProperty("valid").GetBoolean());
    }
}

/// <summary>ClassApiTests on SQLite (the default provider).</summary>
public sealed class ClassApiTests(WorkflowApp app) : ClassApiTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>ClassApiTests on PostgreSQL (ADR 33).</summary>
public sealed class ClassApiOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : ClassApiTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
