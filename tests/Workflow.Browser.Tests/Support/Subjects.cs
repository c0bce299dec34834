namespace Workflow.Browser.Tests.Support;

/// <summary>Every test writes its own memos into the shared database; a unique subject finds them again.</summary>
public static class Subjects
{
    public static string New(string topic) => $"{topic} {Guid.NewGuid().ToString("N")[..10]}";
}
