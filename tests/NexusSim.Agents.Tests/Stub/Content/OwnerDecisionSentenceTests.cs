using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Executive Presentation's Next Steps said "The first is to confirm an owner for loan origination, and the measure of
/// success, the average loan decision time from its baseline of 6 days": a noun phrase with an appositive hung on "and"
/// after a clause, or "together with the ... baseline of 6 days as the measure" after "First, confirm who owns ...". The
/// sentence that names the owner and the metric's baseline joins the two as one grammatical sentence: the measure is
/// attached as a "with" phrase or a clause of its own, never as a bare noun phrase after "and" or "together with", and
/// never as an appositive (", the ...").
/// </summary>
public sealed partial class OwnerDecisionSentenceTests
{
    [Fact]
    public void ExecutivePresentation_SeedsOneTo120_TheOwnerAndMeasureSentenceJoinsNoBareNounPhrase()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var checkedCount = 0;
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var baseline = run.FactBase(seed).Find("baseline")!.Text;
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var section = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Next Steps"));
                foreach (var sentence in ProseReader.Paragraphs(section).SelectMany(ProseReader.Sentences)
                    .Where(s => Owner().IsMatch(s) && s.Contains(baseline + " ", StringComparison.Ordinal)))
                {
                    checkedCount++;
                    Assert.False(BareNounPhrase().IsMatch(sentence),
                        $"seed {seed}, {deliverable}: the measure is a noun phrase joined to the owner clause by 'and' or 'together with': {sentence}");
                    Assert.False(Appositive().IsMatch(sentence),
                        $"seed {seed}, {deliverable}: the measure hangs as an appositive: {sentence}");
                }
            }
        }

        Assert.True(checkedCount >= 8, $"Only {checkedCount} Next Steps sentences name the owner and the baseline in 120 seeds.");
    }

    [GeneratedRegex(@"\b(?:owner|owns)\b")]
    private static partial Regex Owner();

    // ", and the measure ...", ", together with the ... baseline": a noun phrase after a clause, with no verb of its own.
    [GeneratedRegex(@", (?:and|together with) the\b")]
    private static partial Regex BareNounPhrase();

    // "..., the average loan decision time from its baseline": a noun phrase set off by commas to restate the one before.
    [GeneratedRegex(@"\b(?:success|measure), the\b")]
    private static partial Regex Appositive();
}
