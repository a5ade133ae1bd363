using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Use-Case Heat Map said "We assessed 15 candidate use cases" and then "Here are the fifteen that scored highest"
/// (default.yaml, seed 3; "Fifteen of them scored high enough to be mapped" in other seeds): a short list of the
/// top scorers as long as the list it was cut from, since the count of use cases assessed was drawn from 15 up and the
/// map always holds fifteen. The workshops now put forward at least eighteen, so the fifteen mapped are a cut, in every
/// assessment run of every shipped brief.
/// </summary>
public sealed partial class HeatMapShortListTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void AssessmentRuns_SeedsOneToForty_TheTopScorersAreFewerThanTheUseCasesAssessed(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var shortLists = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var assessed = run.FactBase(seed).Find("use_cases_assessed")!;
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "use_case_heat_map")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in TopScorers().Matches(sentence))
                    {
                        shortLists++;
                        var mapped = NumberReader.Count(m.Groups["n"].Value);
                        Assert.True(mapped > 0 && mapped < assessed.Value, $"{brief}, seed {seed}, {deliverable}: the {m.Groups["n"].Value} top scorers of {assessed.Text} use cases assessed: {sentence}");
                    }
                }
            }
        }

        Assert.True(shortLists >= 30, $"{brief}: only {shortLists} short lists of top-scoring use cases in 40 seeds of the assessment line.");
    }

    [GeneratedRegex(@"\b(?<n>\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?:that scored highest|highest[- ]scor(?:ing|ers)|top scorers|with the highest scores|of the highest-scoring)\b|\b(?<n>\d+|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) of them scored high enough\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopScorers();
}
