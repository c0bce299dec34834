namespace Workflow.Web.Administration;

/// <summary>Who made an administration change: an administrator, or the service itself (first start, demo seed, command line).</summary>
public sealed record AdminActor(string Id, string Name)
{
    public static readonly AdminActor System = new("system", "system");

    public static readonly AdminActor CommandLine = new("command-line", "command line");

    public static AdminActor Of(Application.CurrentUser user) => new(user.Id, user.DisplayName);
}
