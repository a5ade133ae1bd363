using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Use-Case Heat Map said "21 candidate use cases reached the assessment, each raised in one of 3 workshops" while
/// the Executive Presentation's findings said "the workshops produced 24 candidate uses" (retail-ops through the
/// assessment line, seed 5): two counts of the same workshops' ideas, drawn apart. Every count of candidate use cases
/// or ideas an assessment run states is the fact base's one count of the use cases the workshops put forward.
/// </summary>
public sealed partial class CandidateUseCaseCountTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRun_SeedsOneToForty_EveryCountOfCandidateUseCasesIsTheOneCount(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "executive_presentation");
        var (counts, findings) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var assessed = run.FactBase(seed).Find("use_cases_assessed")!;
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match match in Candidates().Matches(sentence))
                    {
                        counts++;
                        var stated = NumberReader.Count(match.Groups["n"].Value);
                        Assert.True(stated == assessed.Value, $"{brief}, seed {seed}, {deliverable}: {stated} candidate use cases where the run assessed {assessed.Text}: {sentence}");
                    }
                }

                findings += markdown.Split('\n').Count(l => l.StartsWith("3. ", StringComparison.Ordinal) && Appetite().IsMatch(l));
            }
        }

        Assert.True(counts >= 60, $"{brief}: only {counts} counts of candidate use cases in 40 seeds.");
        Assert.True(findings >= 5, $"{brief}: only {findings} findings on the workshops' appetite in 40 seeds.");
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*)\s+(?:candidate\s+use(?:s|\s+cases)|ideas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Candidates();

    [GeneratedRegex(@"^3\. (?:Appetite is broad|Demand is widespread|Interest runs ahead of capacity):")]
    private static partial Regex Appetite();
}
