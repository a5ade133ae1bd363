using NexusSim.Cli.Experiments;
using NexusSim.Cli.Tests.Support;

namespace NexusSim.Cli.Tests.Experiments;

/// <summary>summary.md names briefs and firms by short, machine-independent names, never by absolute path.</summary>
public sealed class CellLabelsTests
{
    private static ExperimentRow Row(string? brief, string? firm, ulong seed) => new(
        new ExperimentCell("chain", ExperimentVariant.Baseline, ExperimentCell.NoScenario, brief, firm, seed),
        new ExperimentRecord { RunId = $"run-{brief}-{firm}-{seed}", Status = "completed", Metrics = new Dictionary<string, double?> { ["defects_shipped"] = seed } });

    [Fact]
    public void Build_AbsoluteBriefAndFirmPaths_LabelledByStemWithoutTheFolder()
    {
        using var temp = new TempDirectory();
        var brief = temp.Combine("briefs", "hospital.yaml");
        var firm = temp.Combine("firms", "legal");
        Directory.CreateDirectory(firm);

        var summary = SummaryMarkdown.Build([Row(brief, firm, 1), Row(null, null, 1)]);

        Assert.Contains("| chain / baseline / none / hospital / legal | 1 |", summary, StringComparison.Ordinal);
        Assert.Contains("| chain / baseline / none / default / default | 1 |", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoFirmsWithTheSameFileName_EachLabelledByItsPathFromTheSharedFolder()
    {
        using var temp = new TempDirectory();
        var nexus = temp.Combine("firms", "nexus", "manifest.yaml");
        var legal = temp.Combine("firms", "legal", "manifest.yaml");

        var summary = SummaryMarkdown.Build([Row(null, nexus, 1), Row(null, legal, 1)]);

        Assert.Contains("| chain / baseline / none / default / nexus/manifest.yaml | 1 |", summary, StringComparison.Ordinal);
        Assert.Contains("| chain / baseline / none / default / legal/manifest.yaml | 1 |", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, summary, StringComparison.Ordinal);
    }
}
