namespace Workflow.Web.Tests.Infrastructure;

/// <summary>The seeded demo users (Infrastructure/DemoUsers.cs) by user name, and their password.</summary>
public static class Demo
{
    public const string Password = "Demo-1234!";
    public const string Legal = "legal";
    public const string Section = "section";
    public const string Office = "office";
    public const string Clerk = "clerk";
    public const string Mayor = "mayor";
    public const string Finance = "finance";
    public const string Director = "director";
    public const string Deputy = "deputy";

    /// <summary>Stands for a request without a token.</summary>
    public const string Anonymous = "anonymous";

    public const string MemoRoute = "memo-approval";
    public const string FinanceRoute = "finance-approval";

    public static readonly string[] Users = [Legal, Section, Office, Clerk, Mayor, Finance, Director, Deputy];

    /// <summary>Who acts at each step of memo-approval (the deputy also holds step 1, acting).</summary>
    public static readonly string[] MemoSteps = [Section, Office, Clerk, Mayor];
}
