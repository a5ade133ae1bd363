using Microsoft.Extensions.Logging;

namespace NexusSim.Agents.Transcripts;

/// <summary>
/// The logger factory of a tier's <c>UseLogging</c> client, which logs every failed model call at Error,
/// with its stack trace. A failed call is the engagement's to report: a transient failure is retried and
/// audited (<c>model_call retried</c>), a final one ends the run as <c>provider_failed</c> with its reason
/// on the console. So the logging client's entries at Error (and above) are written at Debug here, where
/// its traffic already is: the console (warnings and errors) shows the run's own account once, not a stack
/// trace per retried 503; raising the level to Debug shows them as before.
/// </summary>
internal sealed class ModelCallFailureLogs(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new DemotedLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The factory is the run's (the host's): its owner disposes it.
    public void Dispose()
    {
    }

    internal static LogLevel Demote(LogLevel level) => level is LogLevel.Error or LogLevel.Critical ? LogLevel.Debug : level;

    private sealed class DemotedLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Demote(logLevel));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(Demote(logLevel), eventId, state, exception, formatter);
    }
}
