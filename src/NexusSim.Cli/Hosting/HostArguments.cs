using NexusSim.Core.Files;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// The global options that shape every verb's host: <c>--config FILE</c> (an extra settings file, read
/// relative to the working directory, overriding appsettings.json and environment variables) and
/// <c>-v|--verbosity</c> (the log level). Set by the entry point for the verb it invokes.
/// </summary>
internal sealed record HostArguments(string? ConfigFile, string? Verbosity)
{
    private static readonly AsyncLocal<HostArguments?> Ambient = new();

    /// <summary>The verbosity words and the Serilog level each stands for (the `dotnet` CLI's words).</summary>
    public static IReadOnlyDictionary<string, string> Levels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["quiet"] = "Error",
        ["minimal"] = "Warning",
        ["normal"] = "Information",
        ["detailed"] = "Debug",
        ["diagnostic"] = "Verbose",
    };

    /// <summary>The largest --config file read.</summary>
    public const long MaxConfigBytes = 1024 * 1024;

    /// <summary>
    /// Null when the existing <paramref name="fullPath"/> may be read as a --config file; else why not (a
    /// folder, a FIFO such as a shell's <c>&lt;(...)</c>, a device, over 1 MiB): the JSON reader would wait
    /// on a FIFO forever.
    /// </summary>
    public static string? ConfigFileProblem(string fullPath) =>
        SafeFileReader.Check(fullPath, null, MaxConfigBytes) is { } refused ? refused.Message : null;

    /// <summary>The arguments of the verb running on this call path (none outside an invocation).</summary>
    public static HostArguments Current
    {
        get => Ambient.Value ?? new HostArguments(null, null);
        set => Ambient.Value = value;
    }
}
