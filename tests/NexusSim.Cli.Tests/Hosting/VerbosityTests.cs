using Microsoft.Extensions.Configuration;
using NexusSim.Cli.Hosting;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Hostile;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Hosting;

/// <summary>
/// <c>-v LEVEL</c> logs events from LEVEL up to stderr (the Serilog console sink writes to the process's
/// stderr), never into the results on stdout; <c>quiet</c> leaves errors only.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class VerbosityTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_VerbosityNormal_LogsEachStepToStderrAndNothingToStdout()
    {
        var (output, stdout, stderr) = await RunCapturedAsync("-v", "normal");

        Assert.Equal(0, output);
        var run = RunOutput.Single(_temp.Combine("out"));
        Assert.Contains($"Run {run.RunId} step ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain($"Run {run.RunId} step ", stdout, StringComparison.Ordinal);
        Assert.Contains("status completed", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoVerbosity_LogsNoStepToStderr()
    {
        var (output, _, stderr) = await RunCapturedAsync();

        Assert.Equal(0, output);
        Assert.DoesNotContain(" step ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VerbosityDetailed_LogsThePromptsToStderr()
    {
        var (output, stdout, stderr) = await RunCapturedAsync("-v", "detailed");

        Assert.Equal(0, output);
        Assert.Contains("Prompt of turn ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Prompt of turn ", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quiet", "Error")]
    [InlineData("minimal", "Warning")]
    public void For_QuietOrMinimal_HoldsFrameworkSourcesAndTheConsoleAtThatLevel(string verbosity, string level)
    {
        var settings = VerbositySettings.For(Shipped(), HostArguments.Levels[verbosity]).ToDictionary(s => s.Key, s => s.Value);

        Assert.Equal(level, settings["Serilog:MinimumLevel:Default"]);
        Assert.Equal(level, settings["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"]);
        Assert.Equal("Verbose", settings["Serilog:WriteTo:0:Args:standardErrorFromLevel"]);
        if (level == "Error")
        {
            Assert.Equal("Error", settings["Serilog:MinimumLevel:Override:Microsoft"]);
            Assert.Equal("Error", settings["Serilog:MinimumLevel:Override:System"]);
        }

        // A source held higher (the host's lifecycle lines, at Fatal) is never lowered.
        Assert.False(settings.ContainsKey("Serilog:MinimumLevel:Override:Microsoft.Extensions.Hosting"));
    }

    [Fact]
    public void For_Diagnostic_LeavesTheFrameworkOverridesAlone()
    {
        var settings = VerbositySettings.For(Shipped(), HostArguments.Levels["diagnostic"]).ToDictionary(s => s.Key, s => s.Value);

        Assert.Equal("Verbose", settings["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"]);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Serilog:MinimumLevel:Override", StringComparison.Ordinal));
    }

    private static IConfiguration Shipped() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

    // A quiet run of the five-agent firm with the process's stderr captured (where the Serilog console sink writes).
    private async Task<(int Exit, string Stdout, string Stderr)> RunCapturedAsync(params string[] options)
    {
        var stdout = new StringWriter();
        var errors = new StringWriter();
        var processError = new StringWriter();
        var previous = Console.Error;
        Console.SetError(processError);
        try
        {
            var console = new CliConsole(HostileConsoleTests.Plain(stdout), HostileConsoleTests.Plain(errors));
            var exit = await CliApplication.RunAsync(["run", "-q", "--out", _temp.Combine("out"), "--manifest", Paths.FiveAgentFirm, .. options], console);
            return (exit, stdout.ToString(), errors.ToString() + processError);
        }
        finally
        {
            Console.SetError(previous);
        }
    }
}
