using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Policy Suite's Risk Management joined a singular subject to a plural pronoun: "Only an owned and tested control
/// counts as a treatment, and their effect is measured in the monthly indicators" (the insurer brief, seed 1), likewise
/// "Each treatment is a control that has an owner and a test, and their effect ..." (or "whose effect", which reads as
/// the test's). A sentence about treatments that names one control ("a control", "an owned and tested control") refers
/// to its effect without "their" or "whose".
/// </summary>
public sealed partial class TreatmentAgreementTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToOneHundredTwenty_TreatmentSentencesAgree(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "policy_suite");
        var treatments = 0;
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var markdown = run.Run(seed, options)["policy_suite"];
            foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Treatment().IsMatch(s) && Effect().IsMatch(s)))
            {
                treatments++;
                Assert.False(OneControl().IsMatch(sentence) && Plural().IsMatch(sentence), $"{brief}, seed {seed}: one control, then 'their' or 'whose' effect: {sentence}");
            }
        }

        Assert.True(treatments >= 10, $"{brief}: only {treatments} sentences on treatments and their effect in 120 seeds.");
    }

    [GeneratedRegex(@"\btreatments?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Treatment();

    [GeneratedRegex(@"\beffect\b|\bresults\b", RegexOptions.IgnoreCase)]
    private static partial Regex Effect();

    [GeneratedRegex(@"\ban? (?:owned and tested )?control\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneControl();

    [GeneratedRegex(@"\b(?:their|whose) effect\b", RegexOptions.IgnoreCase)]
    private static partial Regex Plural();
}
