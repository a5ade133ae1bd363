using NexusSim.Cli.Experiments;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>report.html captions each chart in words, not with its file name.</summary>
public sealed class ChartCaptionsTests
{
    [Theory]
    [InlineData("quality_vs_cost", "Quality against cost per protocol / variant (means)")]
    [InlineData("makespan_days", "Makespan per protocol / variant (one dot per run)")]
    [InlineData("makespan_days_part2", "Makespan per protocol / variant (one dot per run) (part 2)")]
    [InlineData("defects_shipped_per_variant", "Defects shipped per variant (mean over runs)")]
    [InlineData("scenarios_mechanism_on_off", "Failure-mode scenarios, each with its catching mechanism on (NAME) and off (NAME:uncaught): defects shipped (mean over seeds)")]
    [InlineData("scenarios_mechanism_on_off_completed_share", "Failure-mode scenarios, each with its catching mechanism on (NAME) and off (NAME:uncaught): share of runs completed")]
    [InlineData("scenarios_mechanism_on_off_unauthorized_executed_part10", "Failure-mode scenarios, each with its catching mechanism on (NAME) and off (NAME:uncaught): actions executed without authority (mean over seeds) (part 10)")]
    public void Of_EveryChartTheExperimentWrites_IsACaptionInWords(string name, string caption)
    {
        Assert.Equal(caption, ChartCaptions.Of(name));
    }

    [Fact]
    public void Of_UnknownChart_ItsNameInWords()
    {
        Assert.Equal("some new chart", ChartCaptions.Of("some_new_chart"));
    }
}
