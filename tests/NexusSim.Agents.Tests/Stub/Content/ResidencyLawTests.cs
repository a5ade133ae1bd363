using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The governance Policy Suite kept personal data "in the European Union unless legal approves otherwise under the
/// EU AI Act, Solvency II model-risk expectations and national conduct rules", and its Vendors kept data there
/// "whenever that is required under" the same list (insurer-claims, seed 1): none of those rules governs where
/// personal data is held or moved, which is data-protection law's business. A sentence of the governance line
/// that keeps data, or hosting, in a place no longer credits an AI, model-risk or conduct rule with it.
/// </summary>
public sealed partial class ResidencyLawTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToForty_DataResidencyIsNotCreditedToAiOrConductRules(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "policy_suite");
        var residency = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var lines = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                    .Concat(markdown.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)));
                foreach (var sentence in lines.Where(s => Residency().IsMatch(s)))
                {
                    residency++;
                    Assert.False(WrongRule().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: where data is held is credited to a rule that does not govern it: {sentence}");
                }
            }
        }

        Assert.True(residency >= 40, $"{brief}: only {residency} sentences in 40 seeds say where data or hosting stays.");
    }

    [GeneratedRegex(@"\bdata\b[^.;]*?\b(?:stays? in(?:side)?|kept in|kept within|remains? in|held in|leaves|moved out of|hosting in|hosts it in|hosting is set in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Residency();

    [GeneratedRegex(@"\bAI Act\b|\bmodel-risk\b|\bSolvency II\b|\bDORA\b|\bConsumer Duty\b|\bconduct rules\b|\bFDA\b|\bNAIC\b|\bfair-lending\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrongRule();
}
