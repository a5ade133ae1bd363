using System.Text.Json;

namespace NexusSim.Cli.Tests.Support;

/// <summary>Runs `nexussim` in-process and reads what a run wrote.</summary>
internal static class RunOutputs
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        var exit = await CliApplication.RunAsync(args, console.Console);
        return (exit, console.Output);
    }

    /// <summary>The one run directory under <paramref name="outDirectory"/>.</summary>
    public static string SingleRun(string outDirectory) => Assert.Single(Directory.GetDirectories(outDirectory));

    public static JsonElement Summary(string runDirectory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(runDirectory, "summary.json"))).RootElement;

    public static IReadOnlyDictionary<string, string> Deliverables(string runDirectory) =>
        Directory.GetFiles(Path.Combine(runDirectory, "deliverables"), "*.md")
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
}
