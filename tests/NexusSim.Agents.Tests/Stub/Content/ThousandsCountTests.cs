using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Counts are written as a client reads them ("12,380 cases", "187,345 records"), not as a figure and the word
/// "thousand": the architecture content said "Masked copy of 4 thousand historical cases" and "7 thousand agent
/// runs a day", and the data room "{int:40-400} thousand records". The test copy is the cost model's own annual
/// volume, the figure Scale Assumptions states, not a second count of its own.
/// </summary>
public sealed partial class ThousandsCountTests
{
    [Fact]
    public void ContentLibraries_NoFigureIsFollowedByTheWordThousand()
    {
        // Read as text, so sections no shipped heading reaches (a firm's own headings may) are checked too; a README is no content.
        var files = Directory.GetFiles(RepoFiles.Combine("prompts"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepoFiles.Combine("samples"), "*.md", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Number: i + 1, Line: line)))
            .Where(l => FigureThousand().IsMatch(l.Line))
            .Select(l => $"{l.File}:{l.Number}: '{FigureThousand().Match(l.Line).Value}'")
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Compose_InfrastructureCostModel_TestCopyIsTheAnnualVolumeScaleAssumptionsStates()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var compared = 0;
        for (ulong seed = 1; seed <= 15; seed++)
        {
            var model = run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true))["infrastructure_cost_model"];
            Assert.False(PlainThousand().IsMatch(model), $"seed {seed}: '{PlainThousand().Match(model).Value}'");
            var copy = TestCopy().Match(model);
            var volume = AnnualVolume().Match(model);
            if (copy.Success && volume.Success)
            {
                Assert.True(copy.Groups[1].Value == volume.Groups[1].Value, $"seed {seed}: a test copy of {copy.Groups[1].Value} cases beside {volume.Groups[1].Value} cases a year.");
                compared++;
            }
        }

        Assert.True(compared >= 3, $"Only {compared} of 15 seeds state both figures.");
    }

    // A placeholder or digits, then "thousand" ("{int:2-10} thousand", "6 thousand"); "Cost per thousand cases" is a unit.
    [GeneratedRegex(@"(?:\}|\d)\s+thousand\b")]
    private static partial Regex FigureThousand();

    [GeneratedRegex(@"\b\d+ thousand\b")]
    private static partial Regex PlainThousand();

    [GeneratedRegex(@"Masked copy of last year's (\d{1,3}(?:,\d{3})*) ")]
    private static partial Regex TestCopy();

    [GeneratedRegex(@"(\d{1,3}(?:,\d{3})*) [a-z ]*cases a year")]
    private static partial Regex AnnualVolume();
}
