using NexusSim.Cli.Commands;
using NexusSim.Cli.Experiments;
using NexusSim.Cli.Records;
using NexusSim.Cli.Running;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Rendering;

/// <summary>Counts printed for a user read "1 run", "2 runs": the noun is singular for one, plural otherwise.</summary>
public sealed class CountWordingTests
{
    [Theory]
    [InlineData("five-agent-firm", "1 human, 5 agents, 4 decision domains, 4 gates, 1 service line, 2 deliverable types, 2 chains;")]
    [InlineData("actuarial-firm", "2 humans, 14 agents, 8 decision domains, 5 gates, 2 service lines, 4 deliverable types, 4 chains;")]
    [InlineData("translation-desk", "1 human, 2 agents, 2 decision domains, 2 gates, 1 service line, 1 deliverable type, 1 chain;")]
    public async Task Validate_FirmWithOnesAndTwos_CountsEachPartInTheRightNumber(string firm, string expected)
    {
        var path = firm == "five-agent-firm" ? Paths.FiveAgentFirm : Paths.FixtureFirm(firm);
        var console = new TestConsole();

        var exit = await CliApplication.RunAsync(["validate", path], console.Console);

        Assert.Equal(0, exit);
        Assert.Contains(expected, console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Experiment: 1 run (1 protocol × 1 variant × 1 scenario × 1 brief × 1 firm × 1 seed), 1 at a time, into /tmp/x")]
    [InlineData(2, "Experiment: 64 runs (2 protocols × 2 variants × 2 scenarios × 2 briefs × 2 firms × 2 seeds), 2 at a time, into /tmp/x")]
    public void Headline_OneOrTwoOfEachAxis_CountsInTheRightNumber(int each, string expected)
    {
        var spec = new ExperimentSpec
        {
            Protocols = [.. new[] { "chain", "broadcast" }.Take(each)],
            Variants = [.. new[] { ExperimentVariant.Baseline, new ExperimentVariant("open", [], ["gates=off"]) }.Take(each)],
            Scenarios = [.. new[] { ExperimentCell.NoScenario, "scope_creep" }.Take(each)],
            Briefs = [.. new string?[] { null, "b.yaml" }.Take(each)],
            Firms = [.. new string?[] { null, "firm" }.Take(each)],
            Seeds = [.. new ulong[] { 1, 2 }.Take(each)],
        };

        var line = ExperimentCommand.Headline(spec.Cells().Count, spec, each, "/tmp/x");

        Assert.Equal(expected, line);
    }

    [Theory]
    [InlineData(1, 1, "released, 1 version, 1 verdict")]
    [InlineData(2, 2, "released, 2 versions, 2 verdicts")]
    [InlineData(1, 0, "released, 1 version, 0 verdicts")]
    public async Task RunFolderDeliverables_OneOrTwoVersions_CountsInTheRightNumber(int versions, int verdicts, string expected)
    {
        using var temp = new TempDirectory();
        var run = temp.Combine("run-1");
        Directory.CreateDirectory(run);
        await File.WriteAllTextAsync(Path.Combine(run, RunOutputWriter.SummaryFile),
            $"{{ \"run_id\": \"run-1\", \"deliverables\": [ {{ \"id\": \"memo\", \"status\": \"released\", \"versions\": {versions}, \"gate_verdicts\": {verdicts} }} ] }}");

        var state = Assert.Single(RunFolder.Find(run, temp.Path)!.Deliverables()).State;

        Assert.Equal(expected, state);
    }

    [Fact]
    public void SummaryMarkdown_OneRun_SaysOneRun()
    {
        var row = new ExperimentRow(
            new ExperimentCell("chain", ExperimentVariant.Baseline, ExperimentCell.NoScenario, null, null, 1),
            new ExperimentRecord { RunId = "run-1", Status = "completed", Metrics = new Dictionary<string, double?>() });

        var summary = SummaryMarkdown.Build([row]);

        Assert.Contains("\n1 run. Intervals", summary, StringComparison.Ordinal);
    }
}
