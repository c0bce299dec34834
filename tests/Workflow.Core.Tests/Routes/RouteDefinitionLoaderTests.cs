using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Workflow.Core.Calendar;
using Workflow.Core.Deadlines;
using Workflow.Core.Routes;

namespace Workflow.Core.Tests.Routes;

public class RouteDefinitionLoaderTests
{
    private static readonly RouteCatalog Catalog = RouteDefinitionLoader.Load(RepositoryFolders.Workflows);

    [Fact]
    public void Load_reads_every_route_file_in_the_repository_workflows_folder()
    {
        var routeFiles = Directory.GetFiles(RepositoryFolders.Workflows, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && Path.GetFileName(f) != "positions.json")
            .Where(f => !HolidayListLoader.IsHolidayFile(Path.GetFileName(f)));

        Assert.Equal(routeFiles.Count(), Catalog.Routes.Count);
        Assert.Equal(["finance-approval", "memo-approval"], Catalog.Routes.Select(r => r.Id).Order());
    }

    [Fact]
    public void Load_reads_the_reference_memo_route_as_the_design_describes()
    {
        var route = Catalog.Find("memo-approval")!;

        Assert.Equal(1, route.Version);
        Assert.Equal("บันทึกข้อความเสนอนายกเทศมนตรี", route.TitleTh);
        Assert.Equal("Memo to the mayor", route.TitleEn);
        Assert.Equal(["legal-officer"], route.Submitters);
        Assert.Equal(
            [
                new RouteStep(0, "section-head-admin", StepKind.Endorse, WorkingDuration.FromDays(2)),
                new RouteStep(1, "head-clerk-office", StepKind.Endorse, WorkingDuration.FromDays(2)),
                new RouteStep(2, "municipal-clerk", StepKind.Endorse, WorkingDuration.FromDays(2)),
                new RouteStep(3, "mayor", StepKind.Sign, WorkingDuration.FromDays(3), "municipal-clerk"),
            ],
            route.Steps);
    }

    [Fact]
    public void Load_reads_the_finance_route_ending_with_the_mayors_signature()
    {
        var route = Catalog.Find("finance-approval")!;

        Assert.Equal(["finance-officer"], route.Submitters);
        Assert.Equal(["finance-director", "municipal-clerk", "mayor"], route.Steps.Select(s => s.Position));
        Assert.Equal([StepKind.Endorse, StepKind.Endorse, StepKind.Sign], route.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void Load_reads_the_seven_positions_with_thai_and_english_titles()
    {
        Assert.Equal(7, Catalog.Positions.Count);
        Assert.Equal(new Position("mayor", "นายกเทศมนตรี", "Mayor", TimeInPost: true), Catalog.Positions["mayor"]);
        Assert.Equal(new Position("head-clerk-office", "หัวหน้าสำนักปลัดเทศบาล", "Head of the Office of the Municipal Clerk"),
            Catalog.Positions["head-clerk-office"]);
    }

    [Fact]
    public void Load_gives_the_time_in_post_right_to_the_clerk_and_the_mayor_only()
    {
        Assert.Equal(["mayor", "municipal-clerk"], Catalog.Positions.Values.Where(p => p.TimeInPost).Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_sets_content_hash_to_the_sha256_of_the_file_bytes()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFolders.Workflows, "memo-approval.json"));
        var expected = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

        Assert.Equal(expected, Catalog.Find("memo-approval")!.ContentHash);
    }

    [Fact]
    public void Load_gives_a_different_content_hash_when_only_whitespace_changes()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("a.json", WorkflowsFolder.ValidRoute("route-a").ToJsonString());
        var before = RouteDefinitionLoader.Load(folder.Path).Find("route-a")!.ContentHash;
        folder.Write("a.json", WorkflowsFolder.ValidRoute("route-a").ToJsonString() + "\n");

        Assert.NotEqual(before, RouteDefinitionLoader.Load(folder.Path).Find("route-a")!.ContentHash);
    }

    [Fact]
    public void Load_accepts_a_route_file_saved_with_a_byte_order_mark()
    {
        using var folder = new WorkflowsFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bom.json"), WorkflowsFolder.ValidRoute("with-bom").ToJsonString(),
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.NotNull(RouteDefinitionLoader.Load(folder.Path).Find("with-bom"));
    }

    [Fact]
    public void Load_throws_naming_the_directory_when_it_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-workflows-" + Guid.NewGuid().ToString("N"));

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(missing));

        Assert.Contains(missing, ex.Message);
    }

    [Fact]
    public void Load_throws_naming_the_schema_file_when_it_is_missing()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("a.json", WorkflowsFolder.ValidRoute());
        File.Delete(Path.Combine(folder.Path, "route.schema.json"));

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Contains("route.schema.json: $: file not found", ex.Message);
    }

    [Fact]
    public void Load_throws_when_the_folder_holds_no_route()
    {
        using var folder = new WorkflowsFolder();

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Contains("no route files", ex.Message);
    }

    [Fact]
    public void Load_leaves_due_and_escalation_empty_on_a_step_that_names_neither()
    {
        var step = Catalog.Find("finance-approval")!.Steps[0];

        Assert.Equal((null, null), (step.Due, step.EscalateTo));
    }

    [Fact]
    public void Load_does_not_take_a_holiday_list_in_the_folder_for_a_route()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("a.json", WorkflowsFolder.ValidRoute("route-a"));
        folder.Write("holidays-th-2569.json", "{ \"yearsBe\": [2569], \"holidays\": [] }");

        Assert.Equal(["route-a"], RouteDefinitionLoader.Load(folder.Path).Routes.Select(r => r.Id));
    }

    [Fact]
    public void A_route_snapshot_stored_before_due_times_existed_still_reads_with_no_due_time()
    {
        const string stored = """
            {"Id":"memo-approval","Version":1,"TitleTh":"บันทึก","TitleEn":"Memo","Submitters":["legal-officer"],
             "Steps":[{"Index":0,"Position":"section-head-admin","Kind":0},{"Index":1,"Position":"mayor","Kind":1}],
             "ContentHash":"0a1b","LastStep":{"Index":1,"Position":"mayor","Kind":1}}
            """;

        var route = JsonSerializer.Deserialize<RouteDefinition>(stored)!;

        Assert.Equal("0a1b", route.ContentHash);
        Assert.Equal([new RouteStep(0, "section-head-admin", StepKind.Endorse), new RouteStep(1, "mayor", StepKind.Sign)], route.Steps);
    }

    [Fact]
    public void A_route_snapshot_keeps_due_times_and_escalation_through_json()
    {
        var route = Catalog.Find("memo-approval")!;

        var stored = JsonSerializer.Serialize(route);

        Assert.Contains("\"Due\":\"P3D\"", stored);
        Assert.Equal(route.Steps, JsonSerializer.Deserialize<RouteDefinition>(stored)!.Steps);
    }

    [Fact]
    public void Names_counts_a_post_the_route_only_escalates_to()
    {
        var route = RouteDefinitionLoader.Load(RepositoryFolders.Workflows).Find("memo-approval")! with
        {
            Steps = [new RouteStep(0, "mayor", StepKind.Sign, WorkingDuration.FromDays(1), "finance-director")],
        };

        Assert.True(route.Names("finance-director"));
        Assert.True(route.Names("legal-officer"));
        Assert.False(route.Names("municipal-clerk"));
    }
}
