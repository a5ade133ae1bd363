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
    /// <summary>Adds the sink when PATH can take the log; a PATH that cannot is left to <see cref="Problem"/>, which the run reports as bad input.</summary>
    public static void Add(IServiceCollection services, string? path)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (path is null || Problem(path) is not null)
        {
            return;
        }

        var full = Path.GetFullPath(path);
        // A Serilog logger is itself a sink; the container disposes (and so flushes) it when the host ends.
        services.AddSingleton<ILogEventSink>(_ => new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(new CompactJsonFormatter(), full)
            .CreateLogger());
    }

    /// <summary>
    /// Null when the log can be appended to PATH (its folder is created when missing, as the README
    /// says); otherwise what is wrong with it, after "--log-file: ". Serilog's file sink would
    /// otherwise drop every event without a word (a folder given as PATH) or throw at start.
    /// </summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return $"'{path}' is not a file name. Give the file to append the log to, e.g. --log-file logs/run.clef.";
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"'{full}' is a folder. Give a file to append the log to, e.g. --log-file {Path.Combine(path, "run.clef")}.";
        }

        var existed = File.Exists(full);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            if (!existed)
            {
                // The probe leaves nothing behind; the sink creates the file when the run starts.
                File.Delete(full);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"cannot write to '{full}': {ex.Message} Give a file in a folder you can write to.";
        }
    }
}
