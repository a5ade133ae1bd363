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
    [InlineData("run", "--sede", "3")]
    public async Task Parse_ValueAfterAMistypedOption_SaidAsItsValueNotAsAnotherError(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(ErrorLines(result));
        Assert.StartsWith($"error: Unrecognized option '{args[1]}'.", error, StringComparison.Ordinal);
        Assert.EndsWith($"The value after it, '{args[2]}', was not read either.", error, StringComparison.Ordinal);
        Assert.DoesNotContain($"argument '{args[2]}'", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{args[2]}'. Did you mean", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "run", "--sede", "3" }, "--sede", "--seed")]
    [InlineData(new[] { "run", "--breif", "briefs/default.yaml" }, "--breif", "--brief")]
    [InlineData(new[] { "run", "--quite" }, "--quite", "--quiet")]
    [InlineData(new[] { "run", "--seeed", "3" }, "--seeed", "--seed")]
    [InlineData(new[] { "run", "--sede=3" }, "--sede=3", "--seed")]
    [InlineData(new[] { "run", "--verbsoity", "normal" }, "--verbsoity", "--verbosity")]
    [InlineData(new[] { "experiment", "--sede", "3", "-o", "exp0" }, "--sede", "--seed")]
    [InlineData(new[] { "experiment", "--protocl", "chain" }, "--protocl", "--protocol")]
    [InlineData(new[] { "validate", "--protcool", "chain" }, "--protcool", "--protocol")]
    [InlineData(new[] { "validate", "agents", "--protocl", "chain" }, "--protocl", "--protocol")]
    [InlineData(new[] { "runs", "list", "--otu", "x" }, "--otu", "--out")]
    [InlineData(new[] { "runs", "diff", "--otu", "x", "a", "b" }, "--otu", "--out")]
    [InlineData(new[] { "audit", "verify", "--pubilc-key", "k", "run-x" }, "--pubilc-key", "--public-key")]
    [InlineData(new[] { "bench", "--warm-rusn", "0" }, "--warm-rusn", "--warm-runs")]
    [InlineData(new[] { "report", "--otu", "o", "run-x" }, "--otu", "--out")]
    public async Task Parse_TransposedOrSubstitutedOption_OneErrorSuggestingTheOption(string[] args, string typed, string meant)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(ErrorLines(result));
        Assert.StartsWith($"error: Unrecognized option '{typed}'. Did you mean '{meant}'?", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("experiment", "--nope")]
    [InlineData("experiment", "--nope", "3", "-o", "exp0")]
    [InlineData("validate", "--nope")]
    [InlineData("runs", "show", "--nope")]
    [InlineData("runs", "diff", "--nope", "a")]
    [InlineData("audit", "verify", "--nope")]
    [InlineData("report", "--nope")]
    [InlineData("init", "--nope")]
    public async Task Parse_OptionShapedWordWhereAVerbTakesAPath_IsAnUnknownOptionNotThePath(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: Unrecognized option '--nope'.", Assert.Single(ErrorLines(result)), StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "experiment", "--seed", "-o", "exp0", "-p", "1" }, "--seeds: no value given ('-o' is an option, not a value); write --seeds RANGE.")]
    [InlineData(new[] { "run", "--brief", "-o", "x" }, "--brief: no value given ('-o' is an option, not a value); write --brief FILE.")]
    [InlineData(new[] { "run", "--seed", "-q" }, "--seed: no value given ('-q' is an option, not a value); write --seed N.")]
    [InlineData(new[] { "run", "--brief" }, "--brief: no value given; write --brief FILE.")]
    public async Task Parse_OptionWithoutItsValue_OneErrorNamingItAndWhatToWrite(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {expected}", Assert.Single(ErrorLines(result)));
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

    [Theory]
    [InlineData("audit", new[] { "  verify      Verify a run's audit trail and delivered files", "  public-key  Print the public half of your audit signing key (PEM)" })]
    [InlineData("runs", new[] { "  list  Every run kept in --out", "  show  One run's summary", "  diff  Two runs side by side" })]
    public async Task Verb_WithoutItsSubcommand_ExitsTwoListingEachSubcommandWithItsDescription(string verb, string[] lines)
    {
        var result = await CliRunner.RunAsync(verb);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {verb}: give a subcommand, one of these (see 'nexussim {verb} --help'):", Assert.Single(ErrorLines(result)));
        Assert.All(lines, line => Assert.Contains("\n" + line, result.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        Assert.DoesNotContain("Required command", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs", "--out", "x", "'--out x' was not read: write it after the subcommand (--out is an option of list, show and diff).")]
    [InlineData("audit", "--out", "x", "'--out x' was not read: write it after the subcommand (--out is an option of verify).")]
    [InlineData("audit", "--bogus", "x", "'--bogus x' was not read: no subcommand of audit has the option --bogus.")]
    public async Task Verb_WithoutItsSubcommandButWithAnOption_OneErrorThenTheSubcommandsThenWhatWasNotRead(string verb, string option, string value, string note)
    {
        var result = await CliRunner.RunAsync(verb, option, value);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
        var subcommands = SubcommandNames(verb);
        Assert.Equal($"error: {verb}: give a subcommand, one of these (see 'nexussim {verb} --help'):", lines[0]);
        Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Equal(subcommands, lines.Skip(1).Take(subcommands.Count).Select(l => l.Trim().Split(' ')[0]));
        Assert.Equal(note, lines[1 + subcommands.Count]);
    }

    [Fact]
    public async Task EveryVerbWithSubcommands_GivenOnlyAnUnknownOption_ReportsTheMissingSubcommandAsItsOnlyError()
    {
        var verbs = RootCommandFactory.Create(new TestConsole().Console).Subcommands.Where(c => c.Subcommands.Count > 0 && c.Action is null).Select(c => c.Name).ToList();

        Assert.Contains("audit", verbs);
        Assert.Contains("runs", verbs);
        foreach (var verb in verbs)
        {
            var result = await CliRunner.RunAsync(verb, "--zzz", "x");

            Assert.Equal(2, result.ExitCode);
            var lines = result.Output.ReplaceLineEndings("\n").Split('\n');
            Assert.Equal($"error: {verb}: give a subcommand, one of these (see 'nexussim {verb} --help'):", lines[0]);
            Assert.Single(lines, l => l.StartsWith("error:", StringComparison.Ordinal));
            Assert.Equal(SubcommandNames(verb), lines.Skip(1).Take(SubcommandNames(verb).Count).Select(l => l.Trim().Split(' ')[0]));
        }
    }

    private static List<string> SubcommandNames(string verb) =>
        [.. RootCommandFactory.Create(new TestConsole().Console).Subcommands.Single(c => c.Name == verb).Subcommands.Where(c => !c.Hidden).Select(c => c.Name)];

    [Theory]
    [InlineData(new[] { "audit", "verify" }, new[] { "audit verify: <run> is missing: a run id (looked up under --out) or the path of a run directory. Write nexussim audit verify <run>." })]
    [InlineData(new[] { "runs", "diff", "a" }, new[] { "runs diff: <b> is missing: a run id (looked up under --out) or the path of a run directory. Write nexussim runs diff <a> <b>." })]
    [InlineData(new[] { "init" }, new[] { "init: <dir> is missing: the folder to copy the firm into (created when missing; must not hold the firm's files yet). Write nexussim init <dir>." })]
    public async Task Verb_WithoutItsArgument_NamesTheVerbTheArgumentAndTheCommandToWrite(string[] args, string[] expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected.Select(e => "error: " + e), ErrorLines(result));
    }

    [Theory]
    [InlineData(new[] { "-q" }, "Unrecognized option '-q'. -q is an option of run: write the verb first (nexussim run -q).")]
    [InlineData(new[] { "--seed", "3" }, "Unrecognized option '--seed'. The value after it, '3', was not read either. --seed is an option of run or experiment: write the verb first (nexussim run --seed 3).")]
    // An on/off option written with a value it does not take: the example writes it bare, not as a line that fails again.
    [InlineData(new[] { "--faults=yes" }, "Unrecognized option '--faults=yes'. --faults is an option of run: write the verb first (nexussim run --faults).")]
    [InlineData(new[] { "--faults=true" }, "Unrecognized option '--faults=true'. --faults is an option of run: write the verb first (nexussim run --faults=true).")]
    public async Task NoVerb_AVerbsOption_SaysWhichVerbsTakeItAndToWriteTheVerbFirst(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + expected, Assert.Single(ErrorLines(result)));
    }

    private static List<string> ErrorLines(CliResult result) =>
        [.. result.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal))];

    private static IEnumerable<Command> Commands(Command command) => [command, .. command.Subcommands.SelectMany(Commands)];
}
