using System.Globalization;
using System.Reflection;
using System.Text.Json;
using NexusSim.Cli.Running;
using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Records;

/// <summary>What a run records about how it was made: every setting, the tool version and the wall time (from the injected TimeProvider).</summary>
internal static class RunRecordMetadata
{
    /// <summary>The nexussim version (the assembly's informational version, without the source revision).</summary>
    public static string ToolVersion { get; } =
        (typeof(RunRecordMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>run.db's <c>metadata_json</c>: the run's inputs, settings, tool version and start time.</summary>
    public static string Json(ResolvedRun run, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["approver"] = run.Approver,
            ["faults"] = run.Faults,
            ["provider"] = run.Provider,
            ["settings"] = run.Settings,
            ["started_at"] = Stamp(started),
            ["tool_version"] = ToolVersion,
        });
    }

    /// <summary>The summary with the settings, tool version and wall time filled in.</summary>
    public static RunSummary Complete(RunSummary summary, ResolvedRun run, DateTimeOffset started, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(run);
        return summary with
        {
            Settings = run.Settings,
            ToolVersion = ToolVersion,
            StartedAt = Stamp(started),
            WallSeconds = Math.Round(elapsed.TotalSeconds, 3),
        };
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
