namespace Workflow.Web.Operations;

/// <summary>A command line such as <c>admin create --user anan --name "…"</c>: the verb and its options.</summary>
public sealed record CommandArguments(string Verb, IReadOnlyDictionary<string, string> Options)
{
    public const string Help = """
        Commands (run with the service's configuration: appsettings.json, environment variables):
          admin create --user NAME --name "FULL NAME"   create an administrator (password on standard input or prompted)
          admin reset-password --user NAME              set a new password for an administrator and end their sessions
          admin list                                    list the administrators
          backup --to FOLDER                            copy database, attachments and keys while the service runs
          restore --from FOLDER                         restore a backup into empty data folders
        """;

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["admin create"] = ["user", "name"],
        ["admin reset-password"] = ["user"],
        ["admin list"] = [],
        ["backup"] = ["to"],
        ["restore"] = ["from"],
    };

    // Handled by the host itself (WebApplication.CreateBuilder(args)), so they are not this parser's to refuse.
    private static readonly string[] HostSwitches = ["environment", "contentRoot", "applicationName"];

    public string Option(string name) => Options[name];

    public static bool IsCommand(string[] args) => args is ["admin" or "backup" or "restore", ..];

    public static (CommandArguments? Arguments, CommandResult? Refusal) Parse(string[] args)
    {
        var skip = args[0] == "admin" ? 2 : 1;
        var verb = args[0] == "admin" ? $"admin {(args.Length > 1 ? args[1] : "")}".TrimEnd() : args[0];
        if (!Allowed.TryGetValue(verb, out var allowed))
            return (null, CommandResult.Usage($"Unknown command '{verb}'."));

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = skip; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return (null, CommandResult.Usage($"Unexpected argument at position {i + 1}: options start with --."));
            var (name, value) = args[i].IndexOf('=') is var eq and > 0 ? (args[i][2..eq], args[i][(eq + 1)..]) : (args[i][2..], null);
            if (name.Equals("password", StringComparison.OrdinalIgnoreCase))
                return (null, CommandResult.Usage(
                    "A password is never taken from the command line: other users of the machine can read a process's arguments " +
                    "(ps, /proc) and the shell keeps them in its history. Give it on standard input (one line) or type it when asked."));
            if (value is null && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                value = args[++i];
            if (name.Contains(':') || HostSwitches.Contains(name, StringComparer.OrdinalIgnoreCase))
                continue;
            if (!allowed.Contains(name))
                return (null, CommandResult.Usage($"'{verb}' has no option --{name}."));
            if (string.IsNullOrWhiteSpace(value))
                return (null, CommandResult.Usage($"--{name} needs a value."));
            options[name] = value;
        }

        var missing = allowed.Where(a => !options.ContainsKey(a)).Select(a => "--" + a).ToList();
        return missing.Count > 0
            ? (null, CommandResult.Usage($"'{verb}' needs {string.Join(" and ", missing)}."))
            : (new CommandArguments(verb, options), null);
    }
}
