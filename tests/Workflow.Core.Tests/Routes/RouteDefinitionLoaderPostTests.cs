using Workflow.Core.Routes;

namespace Workflow.Core.Tests.Routes;

/// <summary>Routes name posts by key; once the service keeps the posts, a route is checked against those, not positions.json.</summary>
public class RouteDefinitionLoaderPostTests
{
    private static readonly string[] ReferencePosts = ["legal-officer", "section-head-admin", "head-clerk-office", "municipal-clerk", "mayor"];

    [Fact]
    public void Load_throws_naming_file_path_and_post_when_a_step_names_a_post_the_catalogue_lacks()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("memo.json", WorkflowsFolder.ValidRoute());

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path, ReferencePosts.Where(p => p != "municipal-clerk").ToList()));

        var problem = Assert.Single(ex.Problems);
        Assert.StartsWith("memo.json: $.steps[2].position: unknown position 'municipal-clerk': no post has this key", problem);
        Assert.Contains("/admin/posts", problem);
    }

    [Fact]
    public void Load_throws_naming_the_submitter_when_the_catalogue_lacks_the_submitting_post()
    {
        using var folder = new WorkflowsFolder();
        folder.Write("memo.json", WorkflowsFolder.ValidRoute());

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path, ReferencePosts.Skip(1).ToList()));

        Assert.StartsWith("memo.json: $.submitters[0]: unknown position 'legal-officer'", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Load_accepts_a_post_of_the_catalogue_that_positions_json_does_not_define()
    {
        using var folder = new WorkflowsFolder();
        var route = WorkflowsFolder.ValidRoute();
        route["steps"]![0]!["position"] = "section-head-works";
        folder.Write("memo.json", route);

        var catalog = RouteDefinitionLoader.Load(folder.Path, [.. ReferencePosts, "section-head-works"]);

        Assert.Equal("section-head-works", Assert.Single(catalog.Routes).Steps[0].Position);
    }

    [Fact]
    public void Load_checks_against_positions_json_when_no_catalogue_is_given()
    {
        using var folder = new WorkflowsFolder();
        var route = WorkflowsFolder.ValidRoute();
        route["steps"]![0]!["position"] = "section-head-works";
        folder.Write("memo.json", route);

        var ex = Assert.Throws<RouteDefinitionException>(() => RouteDefinitionLoader.Load(folder.Path));

        Assert.Contains("positions.json", Assert.Single(ex.Problems));
    }
}
