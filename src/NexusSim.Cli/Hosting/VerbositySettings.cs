using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// What <c>-v|--verbosity LEVEL</c> changes in the logging settings. Without it the console shows only
/// warnings and errors (the console sink's <c>restrictedToMinimumLevel</c> in appsettings.json) and
/// <c>--log-file</c> gets Information and up. With it, events from LEVEL up are logged: the minimum
/// level, every console sink of the settings (written to stderr, never into stdout's results) and
/// <c>--log-file</c> all follow it, and a framework source held above the default
/// (<c>Serilog:MinimumLevel:Override</c>, e.g. Microsoft at Warning) is raised to LEVEL when LEVEL is
/// higher, so <c>quiet</c> leaves errors only. It never lowers those overrides: the frameworks' own
/// debug output stays out even at <c>diagnostic</c>.
/// </summary>
internal static class VerbositySettings
{
    private const string SectionName = "Serilog";

    /// <summary>The settings that make <paramref name="configuration"/> log from <paramref name="level"/> (a Serilog level name) up.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> For(IConfiguration configuration, string level)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var minimum = Enum.Parse<LogEventLevel>(level);
        var settings = new List<KeyValuePair<string, string?>> { new($"{SectionName}:MinimumLevel:Default", level) };
        foreach (var source in configuration.GetSection($"{SectionName}:MinimumLevel:Override").GetChildren())
        {
            if (Enum.TryParse<LogEventLevel>(source.Value, ignoreCase: true, out var held) && held < minimum)
            {
                settings.Add(new(source.Path, level));
            }
        }

        foreach (var sink in configuration.GetSection($"{SectionName}:WriteTo").GetChildren())
        {
            if (string.Equals(sink["Name"], "Console", StringComparison.OrdinalIgnoreCase))
            {
                settings.Add(new($"{sink.Path}:Args:restrictedToMinimumLevel", level));
                settings.Add(new($"{sink.Path}:Args:standardErrorFromLevel", nameof(LogEventLevel.Verbose)));
            }
        }

        return settings;
    }
}
