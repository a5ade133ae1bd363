using System.CommandLine;
using NexusSim.Cli.Commands;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>Parse errors in plain words, typo suggestions and short aliases.</summary>
public sealed class CliHabitsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(new[] { "runn" }, "'runn'. Did you mean 'run'?")]
    [InlineData(new[] { "run", "--sead", "3" }, "'--sead'. Did you mean '--seed'?")]
    [InlineData(new[] { "audit", "verfy", "x" }, "'verfy'. Did you mean 'verify'?")]
    [InlineData(new[] { "valdate" }, "'valdate'. Did you mean 'validate'?")]
    public async Task Parse_Typo_SuggestsTheClosestVerbOrOption(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "runn", "-o", "x" }, "runn")]
    [InlineData(new[] { "runn", "--seed", "3", "--protocl", "x" }, "runn")]
    [InlineData(new[] { "runs", "lst", "--out", "x" }, "lst")]
    [InlineData(new[] { "zzzz", "-o" }, "zzzz")]
    public async Task Parse_UnknownVerbWithOptions_ReportsOnlyTheVerb(string[] args, string verb)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var errors = result.Output.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Contains($"'{verb}'", Assert.Single(errors), StringComparison.Ordinal);
        Assert.DoesNotContain("'-?'", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--protocl", "x")]
    [InlineData("run", "--sead", "3")]
    public async Task Parse_StrayValueAfterAMistypedOption_NotCorrectedToAnOption(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Unrecognized command or argument '{args[2]}'.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{args[2]}'. Did you mean", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_FarFromEveryVerb_SuggestsNothing()
    {
        var result = await CliRunner.RunAsync("zzzzzzzz");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Did you mean", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task Parse_SeedNotANumber_NamesTheOptionAndTheTypeInWords(string value)
    {
        var result = await CliRunner.RunAsync("run", "--seed", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--seed: '{value}' is not a whole number from 0 to 18446744073709551615.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Run_EmptyOut_ExitsTwoNamingTheOption(string value)
    {
        var result = await CliRunner.RunAsync("run", "--out", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --out: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ShortAliases_WorkLikeTheLongOptions()
    {
        var output = _temp.Combine("out");

        var result = await CliRunner.RunAsync("run", "-o", output, "-s", "7", "-q", "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(7, RunOutput.Single(output).Number("seed"));
        Assert.DoesNotContain("NEEDS WORK", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_EveryOutOption_AlsoAnswersToDashO()
    {
        var outOptions = Commands(RootCommandFactory.Create(new TestConsole().Console))
            .SelectMany(c => c.Options.Where(o => o.Name == "--out").Select(o => (Command: c.Name, Option: o)))
            .ToList();

        Assert.Contains(outOptions, o => o.Command == "verify");
        Assert.Contains(outOptions, o => o.Command == "report");
        Assert.All(outOptions, o => Assert.True(o.Option.Aliases.Contains("-o"), $"'{o.Command} --out' has no -o alias"));
    }

    [Fact]
    public async Task Run_UnknownApprover_NamesTheOptionAndTheChoices()
    {
        var result = await CliRunner.RunAsync("run", "--approver", "bob", "--out", _temp.Combine("out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--approver: unknown approver 'bob'. Use console, file:PATH,", result.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<Command> Commands(Command command) => [command, .. command.Subcommands.SelectMany(Commands)];
}
