using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The default brief's Stakeholder Map (seed 3) opened three of its sections with the same count: "We mapped 26
/// stakeholders and picked out the champions", "We mapped 26 stakeholders; those who doubt the programme", "Having
/// mapped 26 stakeholders, we found that change readiness varies". A deliverable states how many stakeholders were
/// mapped once; later sections refer to the map without restating it. Every deliverable of every service line of
/// the shipped firm (the sample five-agent firm maps no stakeholders), seeds 1-20.
/// </summary>
public sealed partial class StakeholderCountTests
{
    [Fact]
    public void EveryDeliverable_SeedsOneToTwenty_StatesTheStakeholderCountOnce()
    {
        const string brief = "default.yaml";
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var stated = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                var counts = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Count().IsMatch(s)).ToList();
                stated += counts.Count;
                Assert.True(counts.Count <= 1, $"{brief}, seed {seed}, {deliverable}: the stakeholder count is stated {counts.Count} times: {string.Join(" | ", counts)}");
            }
        }

        Assert.True(stated >= 10, $"The stakeholder count was stated only {stated} times in 20 seeds.");
    }

    [GeneratedRegex(@"\b\d[\d,]* stakeholders\b")]
    private static partial Regex Count();
}
