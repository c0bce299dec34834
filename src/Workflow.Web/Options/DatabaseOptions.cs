using System.ComponentModel.DataAnnotations;

namespace Workflow.Web.Options;

public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded, one instance) or PostgreSql (a server that several instances share); any letter case.</summary>
    [RegularExpression("(?i)^(Sqlite|PostgreSql)$", ErrorMessage = "Database:Provider must be Sqlite or PostgreSql.")]
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The provider as parsed; a value the validation refuses reads as Sqlite until start-up stops.</summary>
    public DatabaseProvider Kind => Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) ? kind : DatabaseProvider.Sqlite;

    /// <summary>SQLite file; relative paths are under the content root.</summary>
    [Required]
    public string Path { get; set; } = "data/workflow.db";

    /// <summary>
    /// SQLite synchronous mode with the WAL journal. Normal survives a process crash (kill -9) without loss;
    /// only a power cut or OS crash may lose the last commits. Full also survives those, at a cost in throughput.
    /// </summary>
    [RegularExpression("^(Normal|Full)$", ErrorMessage = "Database:Synchronous must be Normal or Full.")]
    public string Synchronous { get; set; } = "Normal";

    /// <summary>Npgsql connection string, for <see cref="DatabaseProvider.PostgreSql"/> only. It holds a password: never logged.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind != DatabaseProvider.PostgreSql)
            yield break;
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Database:ConnectionString must be set when Database:Provider is PostgreSql "
                + "(e.g. Host=db;Database=workflow;Username=workflow;Password=...).", [nameof(ConnectionString)]);
            yield break;
        }

        string? problem = null;
        try
        {
            var parsed = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
            if (string.IsNullOrEmpty(parsed.Host))
                problem = "it names no Host";
            else if (string.IsNullOrEmpty(parsed.Database))
                problem = "it names no Database";
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword, never the password.
            problem = e.Message;
        }

        if (problem is not null)
            yield return new ValidationResult($"Database:ConnectionString is not a valid PostgreSQL connection string: {problem}.", [nameof(ConnectionString)]);
    }
}
