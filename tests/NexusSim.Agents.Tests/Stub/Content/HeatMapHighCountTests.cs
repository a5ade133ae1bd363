using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Use-Case Heat Map counts what its own map shows. Its Use Cases table rates three use cases High on
/// feasibility and four High on impact (and the candidates left off the map scored below all fifteen), while its
/// Feasibility section read "By that test, 8 use cases score high on feasibility" (a draw of 5 to 9) and its Impact
/// section "In all, 6 use cases score four or above on impact" (4 to 7; the default brief, seed 1). A sentence of
/// either section that counts the use cases high on its axis states the map's count, and the Quick-Win Brief's
/// top five are the map's first five, rated alike.
/// </summary>
public sealed partial class HeatMapHighCountTests
{
    [Theory]
    [InlineData("default.yaml")]
    [InlineData("hospital-architecture.yaml")]
    [InlineData("retail-ops.yaml")]
    public void HeatMap_SeedsOneToForty_HighCountsAreTheMapsAndTheQuickWinsAreItsTopFive(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "use_case_heat_map");
        var (feasibility, impact, quickWins) = (0, 0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, options);
            var heatMap = deliverables["use_case_heat_map"];
            var map = Rows(ShippedBriefRun.SectionLines(heatMap, "Use Cases"));
            Assert.True(map.Count >= 15, $"{brief}, seed {seed}: the heat map maps {map.Count} use cases");

            foreach (var (section, axis, says) in new[] { ("Feasibility", "Feasibility", "high on feasibility"), ("Impact", "Impact", "on impact") })
            {
                var high = map.Count(r => r[axis] == "High");
                var prose = string.Join('\n', ShippedBriefRun.SectionLines(heatMap, section));
                foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences).Where(s => s.Contains(says, StringComparison.OrdinalIgnoreCase)))
                {
                    var count = Count().Match(sentence);
                    if (!count.Success)
                    {
                        continue;
                    }

                    if (axis == "Feasibility")
                    {
                        feasibility++;
                    }
                    else
                    {
                        impact++;
                    }

                    var n = count.Groups["n"].Value.ToLowerInvariant();
                    var stated = NumberReader.Count(n);
                    Assert.True(stated == high, $"{brief}, seed {seed}: the map rates {high} use cases High on {axis.ToLowerInvariant()}; its {section} says: {sentence}");
                }
            }

            var top = Rows(ShippedBriefRun.SectionLines(deliverables["quick_win_brief"], "Opportunities"));
            if (top.Count > 0)
            {
                quickWins++;
            }

            for (var i = 0; i < top.Count; i++)
            {
                Assert.True(top[i]["Rank"] == map[i]["Rank"] && top[i]["Use case"] == map[i]["Use case"]
                    && top[i]["Impact"] == map[i]["Impact"] && top[i]["Feasibility"] == map[i]["Feasibility"] && top[i]["Readiness"] == map[i]["Readiness"],
                    $"{brief}, seed {seed}: the quick-win brief's rank {top[i]["Rank"]} ({top[i]["Use case"]}) is not the heat map's ({map[i]["Use case"]})");
            }
        }

        Assert.True(feasibility >= 5, $"{brief}: only {feasibility} Feasibility sections in 40 seeds count the use cases high on feasibility.");
        Assert.True(impact >= 5, $"{brief}: only {impact} Impact sections in 40 seeds count the use cases four or above on impact.");
        Assert.True(quickWins >= 5, $"{brief}: only {quickWins} quick-win briefs in 40 seeds table their top use cases.");
    }

    // The rows of a section's ranked table (header Rank | Use case | Impact | Feasibility | Readiness ...), citations cut.
    private static List<Dictionary<string, string>> Rows(List<string> section)
    {
        var rows = TableReader.Rows(section);
        return rows.Count > 0 && rows[0].ContainsKey("Rank") ? rows : [];
    }

    [GeneratedRegex(@"\b(?<n>\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) use cases\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
