using System.Diagnostics;
using Workflow.Web.Operations;

namespace Workflow.Web.Tests.Operations;

/// <summary>Runs a command as an operator does: `dotnet Workflow.Web.dll ARGS`, or the same command class in this process.</summary>
public static class ServiceBinary
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CommandRun> RunAsync(string[] args, IReadOnlyDictionary<string, string> env, string? stdin = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Workflow.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in env)
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        if (stdin is not null)
            await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CommandRun(process.ExitCode, await output, await error, info.ArgumentList.ToList());
    }

    /// <summary>The command class the binary runs, on a running host's services, with stdin redirected.</summary>
    public static async Task<CommandRun> RunInProcessAsync(IServiceProvider services, string[] args, string? stdin = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CommandConsole(new StringReader(stdin is null ? "" : stdin + "\n"), output, error, terminal: false);
        var exit = await ServiceCommands.RunAsync(services, args, console, Ct);
        return new CommandRun(exit, output.ToString(), error.ToString(), args);
    }
}
