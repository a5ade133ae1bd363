using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Initiative Portfolio's Resources opened "Over several years, people run out before money does" (or "A
/// multi-year roadmap runs short of people...") in a run whose roadmap runs 18 months, as its Key facts and every
/// other deliverable say (logistics-roadmap, seed 11). The roadmap line no longer calls the roadmap multi-year, and
/// a span in months in the portfolio's Resources is the roadmap's own.
/// </summary>
public sealed partial class RoadmapSpanTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void RoadmapRun_SeedsOneToForty_TheRoadmapIsNotCalledMultiYear(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "initiative_portfolio");
        var spans = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var months = (int)run.FactBase(seed).Find("roadmap_months")!.Value;
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    Assert.False(Years().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the roadmap runs {months} months, yet: {sentence}");
                }
            }

            var resources = string.Join("\n", ShippedBriefRun.SectionLines(run.Run(seed, options)["initiative_portfolio"], "Resources"));
            foreach (Match match in Months().Matches(resources))
            {
                spans++;
                Assert.True(match.Groups["n"].Value == months.ToString(CultureInfo.InvariantCulture), $"{brief}, seed {seed}, initiative_portfolio: Resources speaks of {match.Value} though the roadmap runs {months} months");
            }
        }

        Assert.True(spans >= 20, $"{brief}: only {spans} spans in months in the portfolio's Resources in 40 seeds.");
    }

    [GeneratedRegex(@"\bmulti-year\b|\bseveral years\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(?<n>\d+) months\b")]
    private static partial Regex Months();
}
