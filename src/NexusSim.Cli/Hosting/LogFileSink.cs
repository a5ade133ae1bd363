using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// `--log-file PATH`: every log event of the run, as compact JSON (one CLEF object per line), in
/// addition to the configured sinks. The host's Serilog logger picks the sink up from the services.
/// </summary>
internal static class LogFileSink
{
    public static void Add(IServiceCollection services, string? path)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // A Serilog logger is itself a sink; the container disposes (and so flushes) it when the host ends.
        services.AddSingleton<ILogEventSink>(_ => new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(new CompactJsonFormatter(), full)
            .CreateLogger());
    }
}
