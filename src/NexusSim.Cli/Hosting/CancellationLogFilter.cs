using Serilog.Events;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// Keeps Semantic Kernel's report of a function cut short by cancellation out of the logs. When the
/// user presses Ctrl+C (or a termination signal arrives) during a tool call, the kernel logs "Function
/// … failed" at Error with the OperationCanceledException and its stack; the run itself says it was
/// interrupted, records the status, and keeps what it finished, so that entry is noise, and on the
/// console a stack trace where the user expects one line. Any other failure of a function, and a
/// cancellation reported by anything else, is kept.
/// </summary>
internal static class CancellationLogFilter
{
    private const string KernelSource = "Microsoft.SemanticKernel";

    /// <summary>True for a Semantic Kernel event whose exception is a cancellation.</summary>
    public static bool IsKernelCancellation(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Exception is OperationCanceledException
            && logEvent.Properties.TryGetValue("SourceContext", out var source)
            && source is ScalarValue { Value: string name }
            && (name == KernelSource || name.StartsWith(KernelSource + ".", StringComparison.Ordinal));
    }
}
