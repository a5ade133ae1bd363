namespace NexusSim.Cli.Tests.Support;

/// <summary>Runs the CLI in-process on a recording console.</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new TestConsole(), args, CancellationToken.None);

    public static async Task<CliResult> RunAsync(TestConsole console, string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var exit = await CliApplication.RunAsync(args, console.Console, cancellationToken);
        return new CliResult(exit, console.Output);
    }

    /// <summary>`run` of the shipped firm (or the given options) into <paramref name="outDirectory"/>, quietly.</summary>
    public static Task<CliResult> RunEngagementAsync(string outDirectory, params string[] options) =>
        RunAsync(["run", "--out", outDirectory, "--quiet", .. options]);
}
