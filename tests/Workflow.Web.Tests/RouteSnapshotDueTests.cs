using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests;

/// <summary>
/// Route steps gained "due" and "escalateTo" (ADR 21). A memo that started on the route file as it was before keeps
/// that version, its hash and its snapshot, whether the snapshot was written with the new fields or before them.
/// </summary>
public sealed class RouteSnapshotDueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>memo-approval.json byte for byte as shipped before due times: its hash is what older memos carry.</summary>
    private const string RouteBeforeDueTimes = """
        {
          "$schema": "./route.schema.json",
          "id": "memo-approval",
          "version": 1,
          "title": { "th": "บันทึกข้อความเสนอนายกเทศมนตรี", "en": "Memo to the mayor" },
          "submitters": ["legal-officer"],
          "steps": [
            { "position": "section-head-admin", "action": "endorse" },
            { "position": "head-clerk-office", "action": "endorse" },
            { "position": "municipal-clerk", "action": "endorse" },
            { "position": "mayor", "action": "sign" }
          ]
        }

        """;

    private static string OldHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RouteBeforeDueTimes)));

    [Fact]
    public Task Host_keeps_a_memo_on_the_route_version_it_started_with_after_the_route_gains_due_times() =>
        OnTheOldRouteAsync(async before =>
        {
            var id = await before.Api.MemoAtStepAsync(1);
            await using var after = RestartOf(before);

            await after.Api.ActOkAsync(Demo.Office, id, "endorse");

            Assert.Equal("8edf40c90fc2378288c64a2388d96e0c9028e664e5523011a850229b4057d114", OldHash);
            Assert.Equal(OldHash, await after.ReadDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.RouteHash).SingleAsync(Ct)));
            Assert.Equal(2, await after.ReadDbAsync(db => db.RouteSnapshots.CountAsync(s => s.RouteId == "memo-approval", Ct)));
        });

    [Fact]
    public Task Host_reads_a_route_snapshot_written_before_steps_had_due_times() =>
        OnTheOldRouteAsync(async before =>
        {
            var id = await before.Api.MemoAtStepAsync(2);
            // The JSON an older service wrote for this version: its steps have no Due or EscalateTo at all.
            await before.ReadDbAsync(db => db.Database.ExecuteSqlRawAsync(
                """UPDATE RouteSnapshots SET Definition = replace(replace(Definition, ',"Due":null', ''), ',"EscalateTo":null', '') WHERE Hash = {0}""",
                [OldHash], Ct));
            Assert.DoesNotContain("Due", await before.ReadDbAsync(db => db.RouteSnapshots.Where(s => s.Hash == OldHash).Select(s => s.Definition).SingleAsync(Ct)));
            await using var after = RestartOf(before);

            await after.Api.ActOkAsync(Demo.Clerk, id, "endorse");
            await after.Api.ActOkAsync(Demo.Mayor, id, "sign");

            Assert.Equal("Signed", (await after.Api.GetDocumentAsync(Demo.Legal, id)).Status);
        });

    /// <summary>Runs the test with a first host on the route file as it was before due times.</summary>
    private static async Task OnTheOldRouteAsync(Func<WorkflowApp, Task> test)
    {
        var folder = WorkflowsCopy.With("memo-approval.json", RouteBeforeDueTimes);
        try
        {
            await using var before = new WorkflowApp();
            before.Settings["Workflows:Path"] = folder;
            await test(before);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A second host on the first one's database with the shipped workflows folder, as an upgrade would be.</summary>
    private static WorkflowApp RestartOf(WorkflowApp first)
    {
        var second = new WorkflowApp();
        second.Settings["Database:Path"] = first.DatabasePath;
        return second;
    }
}
