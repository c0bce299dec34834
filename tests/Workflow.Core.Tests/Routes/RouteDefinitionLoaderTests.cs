using System.Security.Cryptography;
using System.Text;
using Workflow.Core.Routes;

namespace Workflow.Core.Tests.Routes;

public class RouteDefinitionLoaderTests
{
    private static readonly RouteCatalog Catalog = RouteDefinitionLoader.Load(RepositoryFolders.Workflows);

    [Fact]
    public void Load_reads_every_route_file_in_the_repository_workflows_folder()
    {
        var routeFiles = Directory.GetFiles(RepositoryFolders.Workflows, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && Path.GetFileName(f) != "positions.json");

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
                new RouteStep(0, "section-head-admin", StepKind.Endorse),
                new RouteStep(1, "head-clerk-office", StepKind.Endorse),
                new RouteStep(2, "municipal-clerk", StepKind.Endorse),
                new RouteStep(3, "mayor", StepKind.Sign),
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
        Assert.Equal(new Position("mayor", "นายกเทศมนตรี", "Mayor"), Catalog.Positions["mayor"]);
        Assert.Equal(new Position("head-clerk-office", "หัวหน้าสำนักปลัดเทศบาล", "Head of the Office of the Municipal Clerk"),
            Catalog.Positions["head-clerk-office"]);
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
}
