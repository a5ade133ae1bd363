using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The logistics roadmap's note on the client's capital round stacked two results on one condition: "The release of
/// money is tied to the client's approval round (capital spending is signed off once a year, in the autumn), so the
/// results a release depends on are ready before the round, so no release waits a full cycle for its evidence"
/// (logistics-roadmap, seed 27, 90-Day Plan). The tail now adds its clause with "and", so no note on the approval
/// cycle says "so" twice, in every run of the roadmap line.
/// </summary>
public sealed partial class ApprovalCycleNoteTests
{
    [Fact]
    public void LogisticsRoadmap_SeedsOneToForty_ApprovalCycleNoteSaysSoOnce()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "logistics-roadmap.yaml"));
        var notes = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => s.Contains("capital spending is signed off", StringComparison.Ordinal)))
                {
                    notes++;
                    Assert.True(So().Matches(sentence).Count < 2, $"logistics-roadmap, seed {seed}, {deliverable}: the approval-cycle note says 'so' twice: {sentence}");
                }
            }
        }

        Assert.True(notes >= 100, $"logistics-roadmap: only {notes} approval-cycle notes in 40 seeds of the roadmap line.");
    }

    [GeneratedRegex(@", so\b")]
    private static partial Regex So();
}
