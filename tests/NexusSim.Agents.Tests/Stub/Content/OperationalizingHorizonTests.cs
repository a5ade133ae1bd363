using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The roadmap reaches Operationalizing on one horizon. The Roadmap's Vision read "Inside two years, the leadership
/// team wants Meridian Freight Lines (fictional) to move from the Experimenting level to Operationalizing" under its
/// own Key facts "roadmap months = 30" (logistics-roadmap brief, seed 35; the roadmap runs 18 to 30 months, and
/// the Board Deck says "Over 28 months, ... moves from the Experimenting level toward Operationalizing" at seed 8).
/// Every sentence of a roadmap-line deliverable that puts a time on reaching Operationalizing states the roadmap's
/// months.
/// </summary>
public sealed partial class OperationalizingHorizonTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void RoadmapLine_SeedsOneToSixty_OperationalizingHorizonIsTheRoadmapsMonths(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "roadmap");
        var (horizons, visions) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var months = (int)run.FactBase(seed).Value("roadmap_months");
            foreach (var (id, markdown) in run.Run(seed, options))
            {
                var prose = string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith('|')));
                foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences).Where(s => s.Contains("Operationalizing", StringComparison.Ordinal)))
                {
                    var span = Span().Match(sentence);
                    if (!span.Success)
                    {
                        continue;
                    }

                    horizons++;
                    if (id == "roadmap")
                    {
                        visions++;
                    }

                    var n = span.Groups["n"].Value.ToLowerInvariant();
                    var count = NumberReader.Count(n);
                    var stated = span.Groups["unit"].Value.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? count * 12 : count;
                    Assert.True(stated == months, $"{brief}, seed {seed}, {id}: the roadmap runs {months} months, but this puts {stated} months on reaching Operationalizing: {sentence}");
                }
            }
        }

        Assert.True(horizons >= 20, $"{brief}: only {horizons} sentences in 60 seeds put a time on reaching Operationalizing.");
        Assert.True(visions >= 5, $"{brief}: only {visions} Roadmap sentences in 60 seeds put a time on reaching Operationalizing.");
    }

    [GeneratedRegex(@"\b(?<n>\d+|one|two|three|four) (?<unit>years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Span();
}
