using System.Text.Json;
using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>Whole experiments in-process: results independent of --parallelism, resumable, outputs written.</summary>
public sealed class ExperimentRunTests
{
    [Fact]
    public async Task Experiment_ParallelismOneAndTwo_IdenticalResultsCsv()
    {
        using var temp = new TempDirectory();
        string[] axes = ["experiment", "--protocol", "chain,broadcast", "--seeds", "1..2"];

        var one = await CliRunner.RunAsync([.. axes, "--parallelism", "1", "--out", temp.Combine("one")]);
        var two = await CliRunner.RunAsync([.. axes, "--parallelism", "2", "--out", temp.Combine("two")]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        var csv = await File.ReadAllTextAsync(temp.Combine("one", ResultsCsv.FileName));
        Assert.Equal(csv, await File.ReadAllTextAsync(temp.Combine("two", ResultsCsv.FileName)));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("chain,baseline,none,default,default,1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("broadcast,baseline,none,default,default,2,", lines[4], StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(temp.Combine("one", SummaryMarkdown.FileName)), await File.ReadAllTextAsync(temp.Combine("two", SummaryMarkdown.FileName)));
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("-s")]
    public async Task Experiment_SeedSpelledAsRunSpellsIt_RunsThatSeed(string option)
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");

        var result = await CliRunner.RunAsync("experiment", option, "3", "-o", output, "-p", "1", "--manifest", Paths.FiveAgentFirm);

        Assert.Equal(0, result.ExitCode);
        var lines = (await File.ReadAllTextAsync(Path.Combine(output, ResultsCsv.FileName))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches("^chain,baseline,none,default,[^,]+,3,", lines[1]);
    }

    [Fact]
    public async Task Experiment_Default_WritesChartsRecordsAndNoRunFolders()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");

        var result = await CliRunner.RunAsync("experiment", "--seeds", "5", "--out", output);

        Assert.Equal(0, result.ExitCode);
        foreach (var chart in new[] { "quality_vs_cost", "makespan_days", "defects_shipped_per_variant" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(output, ExperimentCharts.FolderName, chart + ".png"));
            Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(png, 0, 4));
            Assert.Contains("<svg", await File.ReadAllTextAsync(Path.Combine(output, ExperimentCharts.FolderName, chart + ".svg")), StringComparison.Ordinal);
        }

        var report = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("Content-Security-Policy", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", report, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(report, "<img alt=\"[a-z_]+\" src=\"data:image/png;base64,").Count);
        Assert.Contains("<table>", report, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Makespan per protocol / variant (one dot per run)<br>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<figcaption>makespan days", report, StringComparison.Ordinal);
        Assert.DoesNotContain("already done", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"\[1/1\] protocol chain, variant baseline, scenario none, brief default, firm default, seed 5: completed \(run-[0-9a-f]{12}\)", result.Output);
        var record = Assert.Single(Directory.GetFiles(Path.Combine(output, ExperimentRecords.FolderName)));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(record));
        Assert.Matches("^[0-9a-f]{64}$", json.RootElement.GetProperty("audit_head").GetString()!);
        Assert.False(Directory.Exists(Path.Combine(output, ExperimentRunner.RunsFolder)));
    }

    [Fact]
    public async Task Experiment_KeepRuns_EachRunFolderKept()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");

        var result = await CliRunner.RunAsync("experiment", "--seeds", "5", "--keep-runs", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var run = Assert.Single(Directory.GetDirectories(Path.Combine(output, ExperimentRunner.RunsFolder)));
        Assert.True(File.Exists(Path.Combine(run, "summary.json")));
    }

    [Fact]
    public async Task Experiment_InMemoryAndKeptRuns_IdenticalFiguresAndAuditHeads()
    {
        // Without --keep-runs each run is in memory (no journal file, transcript or documents); with it,
        // each is written as `run` writes it. The figures and the audit heads must not tell them apart,
        // over protocols, a governance variant and a scenario whose drafts differ.
        using var temp = new TempDirectory();
        string[] axes = ["experiment", "--protocol", "chain,parallel,debate", "--variant", "ungoverned=gates=off,authority=record_only", "--scenario", "none,role_drift", "--seeds", "1..2"];

        var memory = await CliRunner.RunAsync([.. axes, "--out", temp.Combine("memory")]);
        var kept = await CliRunner.RunAsync([.. axes, "--keep-runs", "--out", temp.Combine("kept")]);

        Assert.Equal(0, memory.ExitCode);
        Assert.Equal(0, kept.ExitCode);
        Assert.False(Directory.Exists(temp.Combine("memory", ExperimentRunner.RunsFolder)));
        Assert.Equal(24, Directory.GetDirectories(temp.Combine("kept", ExperimentRunner.RunsFolder)).Length);
        Assert.Equal(await File.ReadAllTextAsync(temp.Combine("kept", ResultsCsv.FileName)), await File.ReadAllTextAsync(temp.Combine("memory", ResultsCsv.FileName)));
        var heads = Directory.GetFiles(temp.Combine("kept", ExperimentRecords.FolderName)).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        Assert.Equal(24, heads.Count);
        Assert.Equal(heads, Directory.GetFiles(temp.Combine("memory", ExperimentRecords.FolderName)).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList());
    }

    [Fact]
    public async Task Experiment_RerunWithRecords_FinishedRunsNotRedoneAndMissingOneRedone()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");
        string[] args = ["experiment", "--seeds", "1..2", "--out", output];
        Assert.Equal(0, (await CliRunner.RunAsync(args)).ExitCode);
        var records = Directory.GetFiles(Path.Combine(output, ExperimentRecords.FolderName)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, records.Length);
        // Mark the first record: if its run were redone, the mark would be overwritten.
        var marked = (await File.ReadAllTextAsync(records[0])).Replace("\"completed\"", "\"marked-kept\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(records[0], marked);
        File.Delete(records[1]);

        var again = await CliRunner.RunAsync(args);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 of 2 runs already done", again.Output, StringComparison.Ordinal);
        Assert.Equal(marked, await File.ReadAllTextAsync(records[0]));
        Assert.True(File.Exists(records[1]));
        var csv = await File.ReadAllTextAsync(Path.Combine(output, ResultsCsv.FileName));
        Assert.Contains(",marked-kept,", csv, StringComparison.Ordinal);
        Assert.Contains(",completed,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_ChangedDefinitionIntoSameFolder_ExitsTwoNamingTheAxis()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("exp");
        Assert.Equal(0, (await CliRunner.RunAsync("experiment", "--seeds", "1", "--out", output)).ExitCode);

        var changed = await CliRunner.RunAsync("experiment", "--seeds", "1..2", "--out", output);

        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("holds another experiment", changed.Output, StringComparison.Ordinal);
        Assert.Contains("'seeds'", changed.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(output, ExperimentRecords.FolderName)));
    }

    [Fact]
    public async Task Experiment_FileWithVariantAndSeeds_RunsEveryCell()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("study.yaml");
        await File.WriteAllTextAsync(file, "protocols: [chain]\nvariants:\n  gates_off: [gates=off]\nseeds: \"3\"\nout: results\n");

        var result = await CliRunner.RunAsync("experiment", file);

        Assert.Equal(0, result.ExitCode);
        var lines = (await File.ReadAllTextAsync(temp.Combine("results", ResultsCsv.FileName))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("chain,baseline,none,default,default,3,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("chain,gates_off,none,default,default,3,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experiment_Cancelled_ExitsInterruptedAndWritesNoResults()
    {
        using var temp = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        var console = new TestConsole();
        await cancel.CancelAsync();

        var result = await CliRunner.RunAsync(console, ["experiment", "--seeds", "1", "--out", temp.Combine("exp")], cancel.Token);

        Assert.Equal(130, result.ExitCode);
        Assert.False(File.Exists(temp.Combine("exp", ResultsCsv.FileName)));
    }

    [Fact]
    public async Task Experiment_CancelledAfterFirstRunThenResumed_FinishedRunNotRedoneAndSameResultsAsUninterrupted()
    {
        using var temp = new TempDirectory();
        string[] axes = ["experiment", "--seeds", "1..3", "--parallelism", "1"];
        var whole = await CliRunner.RunAsync([.. axes, "--out", temp.Combine("whole")]);
        Assert.Equal(0, whole.ExitCode);
        var output = temp.Combine("resumed");
        using var cancel = new CancellationTokenSource();
        using var writer = new CancellingWriter("[1/3]", cancel);
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            Interactive = Spectre.Console.InteractionSupport.No,
            Out = new Spectre.Console.AnsiConsoleOutput(writer),
        });

        var interrupted = await CliApplication.RunAsync([.. axes, "--out", output], console, cancel.Token);

        Assert.Equal(130, interrupted);
        Assert.False(File.Exists(Path.Combine(output, ResultsCsv.FileName)));
        var finished = Assert.Single(Directory.GetFiles(Path.Combine(output, ExperimentRecords.FolderName)));
        // Mark the finished run's record: if the resumed experiment redid that run, the mark would be overwritten.
        var marked = (await File.ReadAllTextAsync(finished)).Replace("\"completed\"", "\"marked-kept\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(finished, marked);

        var resumed = await CliRunner.RunAsync([.. axes, "--out", output]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("1 of 3 runs already done", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(marked, await File.ReadAllTextAsync(finished));
        await File.WriteAllTextAsync(finished, marked.Replace("\"marked-kept\"", "\"completed\"", StringComparison.Ordinal));
        Assert.Equal(0, (await CliRunner.RunAsync([.. axes, "--out", output])).ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(temp.Combine("whole", ResultsCsv.FileName)), await File.ReadAllTextAsync(Path.Combine(output, ResultsCsv.FileName)));
        Assert.Equal(await File.ReadAllTextAsync(temp.Combine("whole", SummaryMarkdown.FileName)), await File.ReadAllTextAsync(Path.Combine(output, SummaryMarkdown.FileName)));
    }
}
