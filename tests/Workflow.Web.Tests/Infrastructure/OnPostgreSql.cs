using Workflow.Web.Options;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>
/// A class fixture: the host <typeparamref name="TApp"/> (any <see cref="WorkflowApp"/>, with its own settings) on
/// PostgreSQL instead of SQLite, so that a test class runs on both providers without a PostgreSQL twin of its host.
/// </summary>
public sealed class OnPostgreSql<TApp> : IAsyncDisposable where TApp : WorkflowApp, new()
{
    public TApp App { get; } = new() { Provider = DatabaseProvider.PostgreSql };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
