namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A restatement of the brief's situation or constraints lands only in a section that argues from it. The Stakeholder
/// Map's Politics section ended "The board has already approved an AI programme, which turns the question from whether
/// to invest into where" and its Champions section carried the interview limit (the default brief, seed 1); the Board
/// Report's Key Risk Indicators said of the missing policy "this section is part of closing that gap" (the insurer's
/// brief, seed 1).
/// </summary>
public sealed class BriefNoteHomeTests
{
    [Theory]
    [InlineData("default.yaml", "four hours per executive", "Interview Summaries|Organizational Culture|Workforce Capability|Change Readiness")]
    [InlineData("default.yaml", "approved an AI programme|AI programme already has the board's approval|Board approval for an AI programme", "AI/ML Footprint|Findings")]
    [InlineData("insurer-claims.yaml", "no policy covers|no policy yet covers|fall under no policy|No policy in force", "Acceptable Use|Risk Management|Gaps and Remediation")]
    public void BriefNotes_SeedsOneToTwenty_LandOnlyInSectionsThatArgueFromThem(string brief, string said, string homes)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var phrases = said.Split('|');
        var allowed = homes.Split('|');
        var stated = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var heading = string.Empty;
                foreach (var line in markdown.Split('\n'))
                {
                    if (line.StartsWith("## ", StringComparison.Ordinal))
                    {
                        heading = line[3..].Trim();
                        continue;
                    }

                    if (line.StartsWith('|') || !phrases.Any(p => line.Contains(p, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    stated++;
                    Assert.True(allowed.Contains(heading, StringComparer.Ordinal), $"seed {seed}, {deliverable}, '{heading}': {line}");
                }
            }
        }

        Assert.True(stated >= 10, $"The brief's point is stated only {stated} times in 20 seeds.");
    }

    [Theory]
    [MemberData(nameof(ShippedBriefRun.ShippedBriefs), MemberType = typeof(ShippedBriefRun))]
    public void BriefNotes_SeedsOneToTen_NeverSayWhatTheSectionIsPartOf(string firm, string brief)
    {
        var run = ShippedBriefRun.Load(firm, brief);
        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                Assert.False(markdown.Contains("this section is part of", StringComparison.OrdinalIgnoreCase), $"seed {seed}, {deliverable}");
                Assert.False(markdown.Contains("this section is drafted", StringComparison.OrdinalIgnoreCase), $"seed {seed}, {deliverable}");
            }
        }
    }
}
