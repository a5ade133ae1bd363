using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>`nexussim bench` refuses a count it cannot use, or one that is not a number, before measuring anything (exit 2), as experiment does.</summary>
public sealed class BenchArgumentTests
{
    [Theory]
    [InlineData("--parallelism", "0")]
    [InlineData("--seeds", "0")]
    [InlineData("--engagements", "0")]
    [InlineData("--fuzz-calls", "-1")]
    [InlineData("--overhead-rounds", "0")]
    [InlineData("--warm-runs", "-1")]
    [InlineData("--overhead-warm-ups", "-1")]
    public async Task Bench_CountBelowItsMinimum_ExitsTwoNamingTheOptionMeasuringNothing(string option, string value)
    {
        var result = await CliRunner.RunAsync("bench", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option}: {value} is not a number of ", result.Output, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Output, System.Text.RegularExpressions.Regex.Escape(option)));
        Assert.DoesNotContain("cold run", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seeds", "many")]
    [InlineData("--engagements", "1e9x")]
    public async Task Bench_OptionNotANumber_ExitsTwoNamingTheOption(string option, string value)
    {
        var result = await CliRunner.RunAsync("bench", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
    }
}
