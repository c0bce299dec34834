using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Texts;

/// <summary>
/// The Atom feed never fails on stored data (ADR 10). A publication written before the input rules, or past them,
/// may hold characters XML cannot carry: they are written as U+FFFD and the feed stays valid.
/// </summary>
public abstract class FeedStoredTextTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> PublishedAsync()
    {
        var id = await app.Api.MemoAtStepAsync(Demo.MemoSteps.Length - 1);
        await app.Api.ActOkAsync(Demo.Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id)), "The signed memo was not published.");
        return await app.ReadDbAsync(db => db.Publications.Where(p => p.DocumentId == id).Select(p => p.Id).SingleAsync(Ct));
    }

    /// <summary>Rewrites the snapshot straight in the database, as an old row or another tool would have left it.</summary>
    private async Task SetSnapshotTextAsync(Guid publication, string subject, string issuer, string firstParagraph)
    {
        var json = await app.ReadDbAsync(db => db.Publications.Where(p => p.Id == publication).Select(p => p.Snapshot).SingleAsync(Ct));
        var snapshot = JsonNode.Parse(json)!.AsObject();
        snapshot["subject"] = subject;
        snapshot["issuer"] = issuer;
        snapshot["paragraphs"]![0] = firstParagraph;
        Assert.Equal(1, await RawSql.ExecuteAsync(app, """UPDATE "Publications" SET "Snapshot" = {0}, "Subject" = {1} WHERE "Id" = {2}""",
            snapshot.ToJsonString(), subject, publication));
    }

    [Fact]
    public async Task Feed_answers_200_and_parses_when_a_published_memo_holds_characters_xml_cannot_carry()
    {
        var publication = await PublishedAsync();
        await SetSnapshotTextAsync(publication, "รายงานผล\uFFFE", "สำนักปลัด\u0001เทศบาล", "ย่อหน้า\uFFFFแรก\u001b");

        using var response = await app.Api.CreateClient().GetAsync("/public/feed.atom", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync(Ct));
        var item = SyndicationFeed.Load(reader).Items.Single(i => i.Id == $"urn:uuid:{publication}");
        Assert.EndsWith(" รายงานผล\uFFFD", item.Title.Text, StringComparison.Ordinal);
        Assert.Equal("สำนักปลัด\uFFFDเทศบาล", item.Authors.Single().Name);
        Assert.EndsWith("ย่อหน้า\uFFFDแรก\uFFFD", Assert.IsType<TextSyndicationContent>(item.Content).Text, StringComparison.Ordinal);
    }
}

/// <summary>FeedStoredTextTests on SQLite (the default provider).</summary>
public sealed class FeedStoredTextTests(WorkflowApp app) : FeedStoredTextTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>FeedStoredTextTests on PostgreSQL (ADR 33).</summary>
public sealed class FeedStoredTextOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : FeedStoredTextTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
