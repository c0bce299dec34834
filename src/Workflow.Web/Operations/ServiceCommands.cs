using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Operations;

/// <summary>
/// Commands run with the service's own binary (<c>dotnet Workflow.Web.dll admin create …</c>, <c>backup</c>,
/// <c>restore</c>). They use the host as built, so the same configuration and Identity rules apply, and they
/// return before the host starts: no web server, no message bus, no start-up work on a live database.
/// </summary>
public static class ServiceCommands
{
    /// <summary>Runs the command the arguments name, setting the process exit code; false when they name none (start the service).</summary>
    public static async Task<bool> TryRunAsync(IServiceProvider services, string[] args)
    {
        if (!CommandArguments.IsCommand(args))
            return false;
        Environment.ExitCode = await RunAsync(services, args, CommandConsole.FromSystem(), CancellationToken.None);
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console, CancellationToken ct)
    {
        var result = await ExecuteAsync(services, args, console, ct);
        await (result.Succeeded ? console.Out : console.Error).WriteLineAsync(result.Message);
        return result.ExitCode;
    }

    private static async Task<CommandResult> ExecuteAsync(IServiceProvider services, string[] args, CommandConsole console, CancellationToken ct)
    {
        var (arguments, refusal) = CommandArguments.Parse(args);
        if (arguments is null)
            return refusal!;
        try
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            if (arguments.Verb is "backup" or "restore" && !sp.GetRequiredService<WorkflowDbContext>().Database.IsSqlite())
                return CommandResult.Refused($"{arguments.Verb} copies the SQLite file; on PostgreSQL use pg_dump / pg_restore for the "
                    + "database and copy the storage folders beside it (README \"Backup and restore\").");
            switch (arguments.Verb)
            {
                case "backup":
                    return await ActivatorUtilities.CreateInstance<BackupWriter>(sp, DataPaths.From(sp)).WriteAsync(arguments.Option("to"), ct);
                case "restore":
                    return await ActivatorUtilities.CreateInstance<BackupRestorer>(sp, DataPaths.From(sp)).RestoreAsync(arguments.Option("from"), ct);
            }

            await DatabaseInitializer.MigrateAsync(sp.GetRequiredService<WorkflowDbContext>(), ct);
            var admin = ActivatorUtilities.CreateInstance<AdminCommands>(sp);
            return arguments.Verb switch
            {
                "admin create" => await admin.CreateAsync(arguments.Option("user"), arguments.Option("name"), console, ct),
                "admin reset-password" => await admin.ResetPasswordAsync(arguments.Option("user"), console, ct),
                _ => await admin.ListAsync(ct),
            };
        }
        catch (Exception e) when (e is OptionsValidationException or SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            return CommandResult.Refused($"{arguments.Verb} failed: {e.Message}");
        }
    }
}
