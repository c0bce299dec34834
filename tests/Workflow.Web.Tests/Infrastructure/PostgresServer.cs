using Npgsql;
using Workflow.Bench;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL for the whole test process, started on first use (<see cref="PostgresNode"/>: POSTGRES_URL, or a
/// private server made with initdb on a free loopback port) and removed when the process exits. Each host gets a
/// database of its own. Outside CI a missing server skips the test with a message; in CI it fails.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<PostgresNode?>> Shared = new(StartAsync);

    /// <summary>The shared server, or a skip (a failure in CI) when PostgreSQL is not installed.</summary>
    public static PostgresNode Node
    {
        get
        {
            var node = Shared.Value.GetAwaiter().GetResult();
            if (node is not null)
                return node;
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException(PostgresNode.NotAvailable);
            Assert.Skip(PostgresNode.NotAvailable);
            return null!;
        }
    }

    /// <summary>A fresh, empty database; its pooled connection string.</summary>
    public static string CreateDatabase() => Node.CreateDatabaseAsync().GetAwaiter().GetResult();

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, cutting the connections still open to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Node.AdminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresNode?> StartAsync()
    {
        if (!PostgresNode.IsObtainable)
            return null;
        var node = await PostgresNode.StartNewAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => node.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return node;
    }
}
