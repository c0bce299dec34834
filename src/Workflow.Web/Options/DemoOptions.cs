namespace Workflow.Web.Options;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create one demo user per position at start-up (default on in Development only).</summary>
    public bool SeedUsers { get; set; }

    /// <summary>Password of every demo user. Demo only: never enable seeding on a real deployment.</summary>
    public string Password { get; set; } = "Demo-1234!";
}
