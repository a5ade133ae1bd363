using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Stakeholder Map found readiness lowest where people saw the stalled pilot fail and concluded "so the first wave
/// should start in a high-readiness unit", while the same run's Executive Presentation and Quick-Win Brief put the first
/// use case back in the process the pilot targeted ("Begin again with loan origination"; default brief, seed 42). No
/// sentence of an assessment or roadmap run sends the first wave, or the start, to a ready unit away from the
/// pilot's process; the run's recommendations still start with that process.
/// </summary>
public sealed partial class ChangeReadinessStartTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentAndRoadmapRuns_SeedsOneToForty_NoStartInAReadyUnit(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var (readiness, firstProcess) = (0, 0);
        foreach (var line in new[] { "stakeholder_map", "roadmap" })
        {
            for (ulong seed = 1; seed <= 40; seed++)
            {
                foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: line)))
                {
                    foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                    {
                        if (Readiness().IsMatch(sentence))
                        {
                            readiness++;
                            Assert.False(StartInReadyUnit().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the run starts again in the stalled pilot's process, yet this sends the first wave to a ready unit: {sentence}");
                        }

                        if (BeginAgain().IsMatch(sentence))
                        {
                            firstProcess++;
                        }
                    }
                }
            }
        }

        Assert.True(readiness >= 40, $"{brief}: only {readiness} sentences on change readiness in 40 seeds of each line.");
        Assert.True(firstProcess >= 15, $"{brief}: only {firstProcess} sentences putting the first use case back in the pilot's process in 40 seeds of each line.");
    }

    [GeneratedRegex(@"\breadiness\b|\bready\b", RegexOptions.IgnoreCase)]
    private static partial Regex Readiness();

    [GeneratedRegex(@"\b(?:start|begin|first wave)\w*\b[^.;]*\b(?:ready unit|high-readiness unit|readiness is high|plan starts where)\b|\bstarts? where readiness is high\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartInReadyUnit();

    [GeneratedRegex(@"\b(?:begin again with|start again with|first on the list is the process|returns? to the process|the same process the (?:stalled|previous|earlier) pilot|back to the process)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeginAgain();
}
