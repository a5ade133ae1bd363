using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// One run states one number of registered tools, and the Tool Registry that tabulates some of them says how
/// many there are. The target-state architecture read "reached only through 10 registered tools" while the
/// agent topology's Tool Registry listed five tools and gave no count (the hospital architecture, seed 1).
/// </summary>
public sealed partial class ToolCountTests
{
    private static readonly Lazy<ShippedBriefRun> Hospital = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "hospital-architecture.yaml")));

    [Fact]
    public void ArchitectureRun_SeedsOneToThirty_TheRegistryTableStatesTheRunsToolCount()
    {
        var tables = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            var run = Hospital.Value.Run(seed);
            var counts = run.Values.SelectMany(m => RegisteredTools().Matches(m)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            Assert.True(counts.Count <= 1, $"seed {seed}: the run states {string.Join(" and ", counts)} registered tools");
            foreach (var (deliverable, markdown) in run)
            {
                var section = ShippedBriefRun.SectionLines(markdown, "Tool Registry");
                var rows = section.Count(l => l.StartsWith('|')) - 2;
                if (rows <= 0)
                {
                    continue;
                }

                tables++;
                var stated = RegisteredTools().Matches(string.Join('\n', section)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
                Assert.True(stated.Count > 0, $"seed {seed}, {deliverable}: the Tool Registry lists {rows} tools and never says how many are registered, while the run states {string.Join(", ", counts)}");
                Assert.True(stated.All(n => n >= rows), $"seed {seed}, {deliverable}: the Tool Registry lists {rows} tools but states {string.Join(", ", stated)} registered");
            }
        }

        Assert.True(tables >= 5, $"Only {tables} Tool Registry tables in 30 seeds.");
    }

    [GeneratedRegex(@"(\d+) registered tools")]
    private static partial Regex RegisteredTools();
}
