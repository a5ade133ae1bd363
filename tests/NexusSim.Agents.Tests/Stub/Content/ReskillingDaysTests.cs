using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The roadmap's Workforce Plan had each team "spends 2 days on working alongside an agent" (logistics-roadmap, seeds 4
/// and 27, Reskilling): time is spent doing something, not "on working". The teams' track now spends its days practising,
/// in practice sessions or learning alongside an agent, in every run of the roadmap line with each shipped client.
/// </summary>
public sealed partial class ReskillingDaysTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void WorkforcePlan_SeedsOneToForty_TeamTrackReadsAsEnglish(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var tracks = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "workforce_plan"))["workforce_plan"], "Reskilling");
            foreach (var sentence in ProseReader.Paragraphs(string.Join("\n", section)).SelectMany(ProseReader.Sentences).Where(s => s.Contains("alongside an agent", StringComparison.Ordinal)))
            {
                tracks++;
                Assert.False(OnGerund().IsMatch(sentence), $"{brief}, seed {seed}, workforce_plan, Reskilling: days spent 'on' a gerund: {sentence}");
            }
        }

        Assert.True(tracks >= 15, $"{brief}: only {tracks} team tracks in 40 seeds of the workforce plan.");
    }

    [GeneratedRegex(@"\bdays? on \w+ing\b")]
    private static partial Regex OnGerund();
}
