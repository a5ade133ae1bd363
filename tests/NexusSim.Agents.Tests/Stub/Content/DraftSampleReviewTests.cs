using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The architecture's Human-in-the-Loop Control Flows said "drafts are checked by a person on a sample of 14% of cases
/// [...] A person approves each write to a system of record and each outgoing message, at least until the value review",
/// and its table "Draft for a discharge planning case | Sample review of drafts", right above the hospital's own
/// condition "clinicians sign every discharge pack; nothing goes to a patient unsigned" (hospital-architecture, seeds 9
/// and 27): read as written, most cases see no person and the approval of what leaves the client lapses after a review.
/// Now every write and outgoing message waits for a person with no end date, and the sample of drafts is a quality
/// review on top of those approvals, in every run of the architecture line with each shipped client.
/// </summary>
public sealed partial class DraftSampleReviewTests
{
    private static readonly string[] Headings = ["Human-in-the-Loop Control Flows", "Decision Rationale"];

    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRuns_SeedsOneToForty_SampledDraftsAreAQualityReviewOnTopOfApproval(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var samples = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "target_state_architecture")))
            {
                foreach (var heading in Headings)
                {
                    var lines = ShippedBriefRun.SectionLines(markdown, heading);
                    var text = string.Join("\n", lines);
                    var units = lines.Where(l => l.StartsWith('|')).Concat(ProseReader.Paragraphs(text).SelectMany(ProseReader.Sentences));
                    foreach (var unit in units)
                    {
                        Assert.False(Lapses().IsMatch(unit), $"{brief}, seed {seed}, {deliverable}, {heading}: a person's approval is said to lapse: {unit}");
                        if (Sample().IsMatch(unit))
                        {
                            samples++;
                            Assert.True(unit.Contains("quality", StringComparison.OrdinalIgnoreCase), $"{brief}, seed {seed}, {deliverable}, {heading}: a sample of drafts reads as the only human check: {unit}");
                        }
                    }
                }
            }
        }

        Assert.True(samples >= 30, $"{brief}: only {samples} statements of sampled drafts in 40 seeds of the architecture line.");
    }

    [GeneratedRegex(@"\buntil the value review\b|\bat least until\b")]
    private static partial Regex Lapses();

    [GeneratedRegex(@"\bsampl\w*")]
    private static partial Regex Sample();
}
