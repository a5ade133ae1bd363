using System.Globalization;
using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>Bad experiment arguments and files exit 2 naming the option, file, line or field, and run nothing.</summary>
public sealed class ExperimentArgumentTests
{
    [Theory]
    [InlineData("--seeds", "abc", "--seeds: 'abc'")]
    [InlineData("--seeds", "9..3", "--seeds: '9..3'")]
    [InlineData("--parallelism", "0", "--parallelism: 0")]
    [InlineData("--variant", "lonely", "variant 'lonely' changes nothing")]
    [InlineData("--variant", "bad name=gates=off", "no usable variant name")]
    [InlineData("--protocol", "telepathy", "In the cell protocol telepathy, variant baseline, scenario none, brief default, firm default: --protocol: unknown protocol 'telepathy'")]
    [InlineData("--protocol", "chian", "--protocol: unknown protocol 'chian'. Did you mean 'chain'? Available: ")] // the guess validate --protocol gives
    [InlineData("--scenario", "alien_invasion", "'alien_invasion' is not a scenario")]
    [InlineData("--variant", "v=max_attempts=lots", "NX0087")]
    [InlineData("--variant", "v=gates=off,gatez=off", "--variant v, item 2 (gatez=off): NX0086: 'gatez' is not a governance setting. Fix: Did you mean 'gates'?")]
    [InlineData("--variant", "baseline=gates=off", "--variant: 'baseline=gates=off' changes the variant named 'baseline', but 'baseline' is the comparison cell: the manifest as given")]
    [InlineData("--protocol", "chain,,broadcast", "--protocol: item 2 of 'chain,,broadcast' is empty; remove the extra comma")]
    [InlineData("--scenario", "role_drift,", "--scenario: item 2 of 'role_drift,' is empty")]
    [InlineData("--manifest", ",agents", "--manifest: item 1 of ',agents' is empty")]
    [InlineData("--brief", "", "--brief: '' names nothing. Give e.g. --brief a.yaml,b.yaml, or leave --brief out for the firm's default brief.")]
    [InlineData("--manifest", " ", "--manifest: ' ' names nothing.")]
    [InlineData("--scenario", "", "--scenario: '' names nothing.")]
    [InlineData("--protocol", "", "--protocol: '' names nothing.")]
    [InlineData("--seeds", "", "--seeds: no seeds given")]
    [InlineData("--variant", "", "--variant: '' has no usable variant name")]
    [InlineData("--variant", "v=grant.escalate.add=board_advisor,petra", "'petra', follows grant.escalate.add=board_advisor: a variant's items are cut at commas, so a list of actors cannot be written inline. Write one setting per actor (grant.escalate.add=board_advisor,grant.escalate.add=petra)")]
    [InlineData("--variant", "v=gates=off,grant.escalate.remove=atlas,kael", "'kael', follows grant.escalate.remove=atlas")]
    public async Task Experiment_BadOption_ExitsTwoNamingItAndRunsNothing(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");

        string[] seeds = option == "--seeds" ? [] : ["--seeds", "1"];

        var result = await CliRunner.RunAsync(["experiment", .. seeds, option, value, "--out", output]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, ExperimentRecords.FolderName)));
    }

    [Theory]
    [InlineData("protocols: [chain]\ncolour: blue\n", ":2: colour: unknown key")]
    [InlineData("protocols: [chain]\nparallelism: many\n", ":2: parallelism: give a whole number")]
    [InlineData("seeds: [1, 2]\n", ":1: seeds: write the seeds as one value")]
    [InlineData("protocols: {chain: yes}\n", ":1: protocols: write a name or a list of names")]
    [InlineData("keep_runs: maybe\n", ":1: keep_runs: write true or false")]
    [InlineData("variants:\n  fine: [gates=off]\n  broken: {gates: off}\n", ":3: variants.broken: write a name or a list")] // the entry's own line
    [InlineData("protocols: [chain\n", "not valid YAML")]
    [InlineData("protocols: [chain\nseeds: 1..2\n", "not valid YAML (A flow list or map")] // YamlDotNet's scanner throws InvalidOperationException here
    [InlineData("variants:\n  baseline: [gates=off]\n", ":2: variants.baseline: 'baseline=gates=off' changes the variant named 'baseline'")]
    [InlineData("variants:\n  fine: [gates=off]\n  typo: [gates=off, gatez=off]\nseeds: 1\n", ":3: variants.typo, item 2 (gatez=off): NX0086")]
    [InlineData("- just\n- a list\n", "must be a mapping")]
    public async Task Experiment_BadFile_ExitsTwoNamingFileLineAndField(string yaml, string expected)
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("study.yaml");
        await File.WriteAllTextAsync(file, yaml);

        var result = await CliRunner.RunAsync("experiment", file, "--out", temp.Combine("exp"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file, result.Output, StringComparison.Ordinal);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_MissingFile_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("nowhere.yaml");

        var result = await CliRunner.RunAsync("experiment", file, "--out", temp.Combine("exp"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{file}' does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_FolderAsFile_ExitsTwoSayingItIsAFolder()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("experiment", temp.Path, "--out", temp.Combine("exp"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{temp.Path}' is a folder, not a regular file: a file is expected here.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_ConsoleApproverVariant_ExitsTwoRunningNothing()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("experiment", "--seeds", "1", "--variant", "human=approver=console", "--out", temp.Combine("exp"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("approver", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("exp", ExperimentRecords.FolderName)));
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("baseline=")]
    public void Variant_BaselineWithNothingAfterIt_AcceptedAsTheUnchangedManifest(string text)
    {
        var problems = new List<string>();

        var variant = ExperimentAxes.Variant(text, "--variant", problems);

        Assert.Empty(problems);
        Assert.NotNull(variant);
        Assert.Equal(ExperimentVariant.BaselineName, variant.Name);
        Assert.Empty(variant.Overlays);
        Assert.Empty(variant.Sets);
    }

    [Fact]
    public void Seeds_RangeListAndRepeats_InOrderWithoutRepeats()
    {
        var problems = new List<string>();

        var seeds = ExperimentAxes.Seeds("3..5,1,4", "--seeds", problems);

        Assert.Empty(problems);
        Assert.Equal([3UL, 4, 5, 1], seeds);
    }

    [Theory]
    [InlineData("1..100000000")]
    [InlineData("0..18446744073709551615")]
    [InlineData("1..100000,100001")] // the cap counts the seeds, not the items
    public void Seeds_MoreThanTheCap_ProblemSaysTheMostAllowed(string text)
    {
        var problems = new List<string>();

        ExperimentAxes.Seeds(text, "--seeds", problems);

        var problem = Assert.Single(problems);
        Assert.StartsWith($"--seeds: '{text}'", problem, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"at most {ExperimentAxes.MaxSeeds:#,0} seeds"), problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_TheCapWithRepeats_RepeatsCountOnce()
    {
        var problems = new List<string>();

        var seeds = ExperimentAxes.Seeds($"1..{ExperimentAxes.MaxSeeds},5,1..3", "--seeds", problems);

        Assert.Empty(problems);
        Assert.Equal(ExperimentAxes.MaxSeeds, seeds.Count);
    }

    [Fact]
    public void Seeds_TheSameRangeOverAndOver_RefusedWithoutWalkingItAll()
    {
        var problems = new List<string>();
        var text = string.Join(',', Enumerable.Repeat("1..99999", 11));

        ExperimentAxes.Seeds(text, "--seeds", problems);

        Assert.Contains("write each seed once", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,,2", 2)]
    [InlineData("1,2,", 3)]
    [InlineData(",1", 1)]
    [InlineData("1, ,2", 2)]
    public void Seeds_EmptyItem_ProblemNamesIt(string text, int item)
    {
        var problems = new List<string>();

        ExperimentAxes.Seeds(text, "--seeds", problems);

        Assert.Equal($"--seeds: item {item} of '{text}' is empty; remove the extra comma (write e.g. 1,2,5 or 1..3,9).", Assert.Single(problems));
    }

    [Fact]
    public async Task Experiment_EmptySeedItem_ExitsTwoRunningNothing()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");

        var result = await CliRunner.RunAsync("experiment", "--seeds", "1,,2", "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--seeds: item 2 of '1,,2' is empty", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, ExperimentRecords.FolderName)));
    }

    // One name where a list goes reads as a list of one, as the command line's --protocol chain does.
    [Fact]
    public void Load_OneNameWhereAListGoes_AListOfOne()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("study.yaml");
        File.WriteAllText(path, "protocols: chain\nscenarios: role_drift\nvariants:\n  ungoverned: gates=off\nseeds: 1..3\n");
        var problems = new List<string>();

        var file = ExperimentFile.Load(path, problems);

        Assert.Empty(problems);
        Assert.Equal(["chain"], file!.Protocols!);
        Assert.Equal(["role_drift"], file.Scenarios!);
        Assert.Equal(["gates=off"], Assert.Single(file.Variants!).Sets);
    }

    [Fact]
    public void Load_ShippedSampleFile_ReadsEveryAxisWithoutProblems()
    {
        var problems = new List<string>();

        var file = ExperimentFile.Load(Path.Combine(AppContext.BaseDirectory, "samples", "experiments", "governance.yaml"), problems);

        Assert.Empty(problems);
        Assert.Equal(["chain", "parallel"], file!.Protocols!);
        Assert.Equal(["baseline", "ungoverned"], file.Variants!.Select(v => v.Name));
        Assert.Equal(["gates=off", "authority=record_only"], file.Variants![1].Sets);
        Assert.Equal(3, file.Scenarios!.Count);
    }
}
