using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Workflow.Web.Tests.Security;

/// <summary>Keeps every log entry of a host as text: category, message, the structured values, scopes and exception.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                    entry.Append($" | {key}={value}");
            }

            provider._scopes.ForEachScope((scope, text) => text.Append($" | scope {scope}"), entry);
            if (exception is not null)
                entry.Append(" | ").Append(exception);
            provider._entries.Enqueue(entry.ToString());
        }
    }
}
