using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A Use-Case Heat Map that lists its use cases lists the 15 to 25 SERVICES.md gives it, not three. It read "Of 24
/// candidate use cases, the three that follow lead the list" and listed three (the default brief, seed 1).
/// </summary>
public sealed partial class HeatMapUseCaseListTests
{
    [Fact]
    public void HeatMapUseCases_SeedsOneToForty_AListHoldsFifteenToTwentyFiveAndNoMoreThanWereAssessed()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var lists = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var markdown = run.Run(seed)["use_case_heat_map"];
            var section = ShippedBriefRun.SectionLines(markdown, "Use Cases");
            var rows = section.Count(l => l.StartsWith('|')) - 2;
            var listed = rows > 0 ? rows : section.Count(l => l.StartsWith("- ", StringComparison.Ordinal));
            if (listed <= 0)
            {
                continue;
            }

            lists++;
            var assessed = Assessed().Match(string.Join('\n', section));
            Assert.True(listed is >= 15 and <= 25, $"seed {seed}: the heat map lists {listed} use cases");
            Assert.True(!assessed.Success || listed <= int.Parse(assessed.Groups[1].Value, CultureInfo.InvariantCulture), $"seed {seed}: {listed} use cases listed of {assessed.Value}");
        }

        Assert.True(lists >= 10, $"Only {lists} heat maps in 40 seeds list their use cases.");
    }

    [GeneratedRegex(@"(\d+) candidate use cases")]
    private static partial Regex Assessed();
}
