namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The five-agent sample firm's Research Memo recommended that the client "should (1) offer clinics a business associate
/// agreement ...", then went on "Next, ...", "For Texas, ..." and "Last, ...": a numbered list with only a first number
/// (samples/five-agent-firm, seed 3). No paragraph of the firm's deliverables numbers a step "(1)" without a "(2)";
/// the memo's recommendation orders its steps in words.
/// </summary>
public sealed class RecommendationEnumerationTests
{
    [Fact]
    public void FiveAgentFirm_SeedsOneToEighty_NoParagraphNumbersOnlyItsFirstStep()
    {
        var firm = Path.Combine("samples", "five-agent-firm");
        var run = ShippedBriefRun.Load(firm, Path.Combine(firm, "brief.yaml"));
        var recommendations = 0;
        for (ulong seed = 1; seed <= 80; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var paragraph in markdown.Split("\n\n"))
                {
                    Assert.False(
                        paragraph.Contains("(1)", StringComparison.Ordinal) && !paragraph.Contains("(2)", StringComparison.Ordinal),
                        $"seed {seed}, {deliverable}: a step numbered (1) with no (2) after it: {paragraph}");
                }

                if (ShippedBriefRun.SectionLines(markdown, "Recommendation").Any(l => l.Length > 0))
                {
                    recommendations++;
                }
            }
        }

        Assert.True(recommendations >= 80, $"only {recommendations} Recommendation sections in 80 seeds.");
    }
}
