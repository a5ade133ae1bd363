using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The roadmap does not hold a whole process back that its own 90-day plan already reaches. The 90-Day Plan's Early
/// Wins show "Request triage in route planning | Day 78", with tools the client already has, while the Initiative
/// Portfolio's Dependencies in the same run said "Route planning comes after, reusing the platform once the first
/// agent passes its value review" (logistics-roadmap brief, seed 5), a review the 90-Day Plan holds at the end of
/// its ninety days; elsewhere "The route planning initiative starts only after the first agent's value review".
/// What waits for that review is the exception triage agent in that process, so a sentence of the run that puts
/// the process of an early win after the first agent's value review names the exception triage initiative.
/// </summary>
public sealed partial class SecondProcessGateTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void RoadmapLine_SeedsOneToNinety_ProcessWithAnEarlyWinIsNotHeldBackWhole(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "roadmap");
        var gates = 0;
        for (ulong seed = 1; seed <= 90; seed++)
        {
            var deliverables = run.Run(seed, options);
            var early = RequestTriage().Match(deliverables["ninety_day_plan"]);
            if (!early.Success)
            {
                continue;
            }

            var process = early.Groups["process"].Value;
            foreach (var (id, markdown) in deliverables)
            {
                var prose = string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith('|')));
                foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences)
                    .Where(s => s.Contains(process, StringComparison.OrdinalIgnoreCase) && s.Contains("value review", StringComparison.OrdinalIgnoreCase)
                        && (s.Contains("after", StringComparison.OrdinalIgnoreCase) || s.Contains("once", StringComparison.OrdinalIgnoreCase))))
                {
                    gates++;
                    Assert.True(sentence.Contains("exception triage", StringComparison.OrdinalIgnoreCase),
                        $"{brief}, seed {seed}, {id}: the 90-day plan shows request triage in {process} as an early win, but this holds {process} back whole until the value review: {sentence}");
                }
            }
        }

        Assert.True(gates >= 5, $"{brief}: only {gates} sentences in 90 seeds put the process of a 90-day early win after the first value review.");
    }

    [GeneratedRegex(@"request triage in (?<process>[a-z][a-z ]+?)(?= by day| \||,|\.)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestTriage();
}
