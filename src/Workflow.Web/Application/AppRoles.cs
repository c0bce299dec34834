namespace Workflow.Web.Application;

/// <summary>Identity roles. Posts on the route are positions, not roles; a role is a right over the service itself.</summary>
public static class AppRoles
{
    /// <summary>Sets up the municipality (people, posts), sees operational detail; never reads memos by this role alone.</summary>
    public const string Administrator = "Administrator";
}
