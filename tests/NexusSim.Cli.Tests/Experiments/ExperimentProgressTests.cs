using NexusSim.Cli.Experiments;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>The experiment's plain progress lines: a resumed start says what was done; every finished run names its cell and seed.</summary>
public sealed class ExperimentProgressTests
{
    private static readonly ExperimentRecord Finished = new() { RunId = "run-0123456789ab", Status = "completed", Metrics = new Dictionary<string, double?>() };

    [Fact]
    public void Line_FreshStart_SaysNothingOfResuming()
    {
        Assert.Null(ExperimentProgressView.Line(new ExperimentProgress(0, 12, 0, null)));
    }

    [Fact]
    public void Line_ResumedWithSomeDone_SaysHowManyWereDoneAndAreLeft()
    {
        Assert.Equal("Resumed: 3 of 12 runs already done; 9 to run.", ExperimentProgressView.Line(new ExperimentProgress(3, 12, 3, null)));
    }

    [Fact]
    public void Line_ResumedWithAllDone_SaysOnlyTheOutputsAreLeft()
    {
        Assert.Equal("Resumed: all 2 runs already done; writing the outputs.", ExperimentProgressView.Line(new ExperimentProgress(2, 2, 2, null)));
    }

    [Fact]
    public void Line_RunFinished_NamesEveryAxisAndTheSeedThenStatusAndRunId()
    {
        var variant = new ExperimentVariant("ungoverned", [], ["gates=off"]);
        var cell = new ExperimentCell("parallel", variant, "role_drift:uncaught", null, Path.Combine(Path.GetTempPath(), "firms", "legal"), 7);
        var label = ExperimentProgressView.Describe(new CellLabels([cell]), cell);

        var line = ExperimentProgressView.Line(new ExperimentProgress(4, 12, 0, Finished, label));

        Assert.Equal("[4/12] protocol parallel, variant ungoverned, scenario role_drift:uncaught, brief default, firm legal, seed 7: completed (run-0123456789ab)", line);
    }

    [Fact]
    public async Task RunAsync_OnATerminalWithAHostileBriefName_ProgressBarShowsTheLabelLiterally()
    {
        var console = new TestConsole(new ScriptedInput());
        const string label = "protocol chain, variant baseline, scenario none, brief :fire:[red]b[/], firm default, seed 1";

        await ExperimentProgressView.RunAsync(console.Console, progress =>
        {
            progress(new ExperimentProgress(1, 1, 0, Finished, label));
            return Task.FromResult(0);
        });

        // A colon carries an invisible word joiner (SafeText.AsMarkup).
        Assert.Contains(label, console.Output.Replace(SafeText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("🔥", console.Output, StringComparison.Ordinal);
    }
}
