using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Target-State Architecture's Data Flows found that one system supplies most of a case's fields and "the rest are
/// re-keyed by hand today, and an event feed from referral management replaces those manual steps" (hospital-architecture,
/// seeds 9 and 27): the fields re-keyed for discharge planning come from the clinical systems that hold them, not from
/// another process, and a feed "from referral management" (or "from route planning", "from demand forecasting") is no
/// system at all. The feeds now come from the systems that hold the fields, in every run of the architecture line with
/// each shipped client.
/// </summary>
public sealed partial class DataFlowFeedSourceTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void TargetStateArchitecture_SeedsOneToForty_FeedsComeFromSystems(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var feeds = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var markdown = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture"))["target_state_architecture"];
            var section = string.Join("\n", ShippedBriefRun.SectionLines(markdown, "Data Flows"));
            foreach (var sentence in ProseReader.Paragraphs(section).SelectMany(ProseReader.Sentences).Where(s => Feed().IsMatch(s)))
            {
                feeds++;
                Assert.True(FromSystems().IsMatch(sentence), $"{brief}, seed {seed}, target_state_architecture, Data Flows: the event feed does not come from a system: {sentence}");
            }
        }

        Assert.True(feeds >= 15, $"{brief}: only {feeds} event feeds in 40 seeds of the Data Flows.");
    }

    [GeneratedRegex(@"\bevent feeds?\b")]
    private static partial Regex Feed();

    [GeneratedRegex(@"\bevent feeds? from the systems\b")]
    private static partial Regex FromSystems();
}
