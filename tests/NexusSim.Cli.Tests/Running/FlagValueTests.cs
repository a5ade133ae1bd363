using System.CommandLine;
using System.CommandLine.Help;
using NexusSim.Cli.Commands;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Running;

/// <summary>
/// A value written to an on/off option (<c>run --faults=yes</c>, <c>experiment --keep-runs maybe</c>) is one
/// error naming the option and what it takes, exit 2, nothing run; true and false (any case) and the bare
/// option work as before, and a path written after the option is still the verb's argument. The options
/// are every verb's bool options, found in the command tree, so a new one is covered too. The CLI runs in
/// a temp folder (the working directory), so nothing it might write lands anywhere else.
/// </summary>
[Collection(ProcessStateCollection.Name)]
public sealed class FlagValueTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Every bool option of every verb, by every name it answers to: the verb's words, the name written, the option's name.</summary>
    public static TheoryData<string, string, string> OnOffOptions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (verb, option) in Flags(RootCommandFactory.Create(new TestConsole().Console), [], []))
        {
            foreach (var name in option.Aliases.Prepend(option.Name))
            {
                data.Add(string.Join(' ', verb), name, option.Name);
            }
        }

        return data;
    }

    [Fact]
    public void OnOffOptions_FoundInTheCommandTree_IncludeTheKnownOnes()
    {
        var found = OnOffOptions().Select(row => $"{row[0]} {row[1]}").ToList();

        Assert.Contains("run --faults", found);
        Assert.Contains("run -q", found);
        Assert.Contains("run --quiet", found);
        Assert.Contains("experiment --keep-runs", found);
    }

    [Theory]
    [MemberData(nameof(OnOffOptions))]
    public async Task OnOffOption_ValueWrittenOntoIt_OneErrorNamingItExitsTwoRunningNothing(string verb, string written, string name)
    {
        foreach (var value in new[] { "yes", "no", "1", "0", "on", "maybe", "ja", "", "-x" })
        {
            foreach (var joined in new[] { $"{written}={value}", $"{written}:{value}" })
            {
                var result = await InTempAsync([.. Words(verb), joined]);

                AssertRefused(result, name, value, joined);
            }
        }

        // A short name takes a value written right after it ('-q1'); digits, as letters could be other short options bundled ('-qs').
        if (written.Length == 2 && written[1] != '-')
        {
            foreach (var value in new[] { "1", "0" })
            {
                AssertRefused(await InTempAsync([.. Words(verb), written + value]), name, value, written + value);
            }
        }
    }

    [Theory]
    [MemberData(nameof(OnOffOptions))]
    public async Task OnOffOption_OnOffWordAfterIt_OneErrorNamingItExitsTwoRunningNothing(string verb, string written, string name)
    {
        foreach (var value in new[] { "yes", "no", "on", "off", "maybe", "1", "0", "YES", "Off" })
        {
            var result = await InTempAsync([.. Words(verb), written, value]);

            AssertRefused(result, name, value, $"{written} {value}");
        }
    }

    [Theory]
    [MemberData(nameof(OnOffOptions))]
    public void OnOffOption_TrueFalseInAnyCaseOrBare_ReadAsBeforeWithoutAnError(string verb, string written, string name)
    {
        var root = RootCommandFactory.Create(new TestConsole().Console);
        var cases = new (string[] Words, bool Expected)[]
        {
            ([written], true),
            ([$"{written}=true"], true),
            ([$"{written}=TRUE"], true),
            ([$"{written}=True"], true),
            ([$"{written}:true"], true),
            ([$"{written}=false"], false),
            ([$"{written}=FALSE"], false),
            ([written, "false"], false),
            ([written, "True"], true),
        };

        foreach (var (words, expected) in cases)
        {
            string[] args = [.. Words(verb), .. words];
            var parse = root.Parse(args);

            Assert.True(parse.Errors.Count == 0, $"{string.Join(' ', args)}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            Assert.Empty(FlagValues.In(parse, args).Messages);
            Assert.Equal(expected, parse.GetValue<bool>(name));
        }
    }

    [Fact]
    public async Task Run_FaultsEqualsUpperCaseTrue_RunsWithFaultsOn()
    {
        var result = await CliRunner.RunEngagementAsync(_temp.Combine("out"), "--manifest", Paths.FiveAgentFirm, "--faults=TRUE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  faults on", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_FileAfterKeepRuns_ReadAsTheExperimentFile()
    {
        var file = _temp.Combine("study.yaml");
        await File.WriteAllTextAsync(file, "colour: blue\n");

        var result = await InTempAsync("experiment", "--keep-runs", file, "--seeds", "1..2", "-o", "exp");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:1: colour: unknown key; use one of protocols, variants, scenarios, briefs, firms, seeds, parallelism, out, keep_runs.", Assert.Single(ErrorLines(result)));
    }

    [Fact]
    public async Task Experiment_MissingFileAfterKeepRuns_SaidToBeMissingNotAValue()
    {
        var result = await InTempAsync("experiment", "--keep-runs", "study.yaml", "-o", "exp");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: FILE: '{_temp.Combine("study.yaml")}' does not exist;", Assert.Single(ErrorLines(result)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_OnOffWordThatNamesAFileAfterKeepRuns_ReadAsTheExperimentFile()
    {
        await File.WriteAllTextAsync(_temp.Combine("yes"), "- a list\n");

        var result = await InTempAsync("experiment", "--keep-runs", "yes", "-o", "exp");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {_temp.Combine("yes")}:1: the experiment file must be a mapping", Assert.Single(ErrorLines(result)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_ValueOnKeepRunsThenAFile_OnlyTheValueIsAnError()
    {
        var file = _temp.Combine("study.yaml");
        await File.WriteAllTextAsync(file, "seeds: 1..2\n");

        var result = await InTempAsync("experiment", "--keep-runs=maybe", file, "-o", "exp");

        AssertRefused(result, "--keep-runs", "maybe", "--keep-runs=maybe <file>");
    }

    [Fact]
    public async Task Run_ValuesOnTwoOptionsAndABadSeed_EachSaidOnce()
    {
        var result = await InTempAsync("run", "--faults=yes", "--seed", "abc", "-q", "off");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "error: --faults takes no value (write --faults, or --faults=true/false); got 'yes'.",
                "error: --quiet takes no value (write --quiet, or --quiet=true/false); got 'off'.",
                "error: --seed: 'abc' is not a whole number from 0 to 18446744073709551615.",
            ],
            ErrorLines(result));
    }

    [Fact]
    public async Task Run_ValueOnAnOptionWithHelp_ShowsTheHelp()
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        CliResult result;
        try
        {
            result = await InTempAsync("run", "--faults=yes", "--help");
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--faults", captured.ToString(), StringComparison.Ordinal);
        Assert.Empty(ErrorLines(result));
    }

    private static void AssertRefused(CliResult result, string name, string value, string written)
    {
        Assert.True(result.ExitCode == 2, $"{written}: exit {result.ExitCode}\n{result.Output}");
        Assert.Equal([$"error: {name} takes no value (write {name}, or {name}=true/false); got '{value}'."], ErrorLines(result));
    }

    // The CLI with the temp folder as the working directory; fails when it wrote anything there.
    private async Task<CliResult> InTempAsync(params string[] args)
    {
        var before = _temp.Entries();
        var previous = Environment.CurrentDirectory;
        CliResult result;
        try
        {
            Environment.CurrentDirectory = _temp.Path;
            result = await CliRunner.RunAsync(args);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.Equal(before, _temp.Entries());
        return result;
    }

    private static List<string> ErrorLines(CliResult result) =>
        [.. result.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal))];

    private static string[] Words(string verb) => verb.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // The bool options each verb takes: its own and those passed down from above it; help and version left out (they take no value at all).
    private static IEnumerable<(string[] Verb, Option Option)> Flags(Command command, string[] verb, Option[] inherited)
    {
        static bool IsFlag(Option o) => o.ValueType == typeof(bool) && o is not HelpOption and not VersionOption;
        foreach (var option in command.Options.Where(IsFlag).Concat(inherited).Distinct())
        {
            yield return (verb, option);
        }

        Option[] passedDown = [.. inherited, .. command.Options.Where(o => IsFlag(o) && o.Recursive)];
        foreach (var sub in command.Subcommands)
        {
            foreach (var flag in Flags(sub, [.. verb, sub.Name], passedDown))
            {
                yield return flag;
            }
        }
    }
}
