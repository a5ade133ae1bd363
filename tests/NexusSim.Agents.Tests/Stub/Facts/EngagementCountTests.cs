namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// Issue 9 item 2: engagement counts (interviews, workshops, use cases assessed, AI subscriptions,
/// initiatives) come from the fact base, so every deliverable of every service line written for one
/// engagement states each with one value; read back by the test's own <see cref="StatedFactReader"/>.
/// </summary>
public sealed class EngagementCountTests
{
    private const ulong Seeds = 20;

    private static readonly string[] Counts = ["interviews", "workshops", "candidate use cases", "ai subscriptions", "initiatives"];

    [Fact]
    public void Compose_EveryDeliverableOfTheFirmSeedsOneToTwenty_StatesEachCountWithOneValue()
    {
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var problems = new List<string>();
        var statedTimes = Counts.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        var statedTwice = 0;

        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            var deliverables = shipped.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true));
            var stated = StatedFactReader.Read(deliverables);
            foreach (var count in Counts.Where(stated.ContainsKey))
            {
                statedTimes[count] += stated[count].Count;
                statedTwice += stated[count].Count > 1 ? 1 : 0;
                if (stated[count].Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    problems.Add($"seed {seed}: {count}: " + string.Join(" | ", stated[count].Select(v => $"{v.Value} in {v.Where}")));
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Guards the check: the reader finds every count, and counts are stated more than once in a run.
        Assert.All(Counts, c => Assert.True(statedTimes[c] >= 8, $"'{c}' stated only {statedTimes[c]} times over {Seeds} seeds"));
        Assert.True(statedTwice >= 10, $"a count was stated twice in one run only {statedTwice} times");
    }

    [Fact]
    public void Read_TwoDeliverablesWithDifferentInterviewCounts_ReportsBothValues()
    {
        var deliverables = new Dictionary<string, string>
        {
            ["A"] = "Our findings come from 22 interviews, a system export and a review [S1].",
            ["B"] = "- Interview summaries: 25 interviews, anonymized by role [S2].",
        };

        var stated = StatedFactReader.Read(deliverables);

        Assert.Equal(["22", "25"], stated["interviews"].Select(v => v.Value).Order(StringComparer.Ordinal));
    }
}
