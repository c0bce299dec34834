namespace Workflow.Web.Operations;

/// <summary>What a command did, as the line it prints and the process exit code (0 done, 1 refused, 2 usage).</summary>
public sealed record CommandResult(int ExitCode, string Message)
{
    public const int Done = 0;
    public const int Refusal = 1;
    public const int UsageError = 2;

    public bool Succeeded => ExitCode == Done;

    public static CommandResult Ok(string message) => new(Done, message);

    public static CommandResult Refused(string message) => new(Refusal, message);

    public static CommandResult Usage(string message) => new(UsageError, message + Environment.NewLine + CommandArguments.Help);
}
