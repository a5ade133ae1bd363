using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The stakeholder map's Blockers section counts its blockers and then tables them. The count was a seeded
/// figure (2 to 4) while the table always lists three, so seed 11 read "Open opposition is absent; still, 4
/// blockers can stop it by doing nothing" above a three-row table (and "it" had no programme to point to).
/// </summary>
public sealed partial class BlockerCountTests
{
    [Fact]
    public void StakeholderMap_SeedsOneToForty_BlockerCountMatchesTheTableAndNamesWhatItStops()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var tables = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "Blockers");
                var count = Count().Match(string.Join('\n', lines));
                var rows = lines.Count(l => l.StartsWith('|')) - 2;
                if (!count.Success || rows <= 0)
                {
                    continue;
                }

                tables++;
                var stated = NumberReader.Count(count.Groups["n"].Value);
                Assert.True(stated == rows, $"seed {seed}, {deliverable}: the text counts {count.Groups["n"].Value} blockers, the table lists {rows}:\n{string.Join('\n', lines)}");
                var sentence = count.Groups["sentence"].Value;
                Assert.True(count.Groups["what"].Value != "it" || sentence.Contains("programme", StringComparison.Ordinal),
                    $"seed {seed}, {deliverable}: \"stop it\" names nothing for \"it\" to be: {sentence}");
            }
        }

        Assert.True(tables >= 5, $"Only {tables} Blockers tables with a count in 40 seeds.");
    }

    [GeneratedRegex(@"(?<sentence>[^.\n]*?\b(?<n>\d+|[A-Za-z]+) blockers can stop (?<what>it|the programme|the work))")]
    private static partial Regex Count();
}
