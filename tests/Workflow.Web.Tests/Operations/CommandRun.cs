namespace Workflow.Web.Tests.Operations;

/// <summary>What a command printed and how it exited, with the arguments it was given.</summary>
public sealed record CommandRun(int ExitCode, string Output, string Error, IReadOnlyList<string> Arguments)
{
    public string All => Output + Error;

    public override string ToString() => $"exit {ExitCode}: {Output}{Error}";
}
