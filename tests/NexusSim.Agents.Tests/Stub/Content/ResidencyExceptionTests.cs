using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The hospital requires that "Patient data must stay in the UK", yet its data note ended "and the data owner signs off
/// any exception in writing" and its guardrails let "nothing personal leave the United Kingdom without legal approval"
/// (hospital-architecture): exceptions and transfers a rule with none does not allow (the bank's "Customer data may
/// not leave Canadian data centres" alike). Every sentence of any line that keeps data in the client's country now
/// keeps it there without an exception or a transfer route.
/// </summary>
public sealed partial class ResidencyExceptionTests
{
    [Theory]
    [InlineData("default.yaml")]
    [InlineData("hospital-architecture.yaml")]
    public void ClientWithAResidencyRule_SeedsOneToForty_NoSentenceOffersAnExceptionToIt(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var kept = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Place().IsMatch(s) && Kept().IsMatch(s)))
                {
                    kept++;
                    Assert.False(Exception().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the client's data rule has no exception, the sentence offers one: {sentence}");
                }
            }
        }

        Assert.True(kept >= 100, $"{brief}: only {kept} sentences in 40 seeds keep data in the client's country.");
    }

    [GeneratedRegex(@"\b(?:Canada|Canadian|United Kingdom|UK)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(?:stays?|kept|keeps?|remains?|leaves?|leaving|moved out|inside|within)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Kept();

    [GeneratedRegex(@"\bunless (?:legal|data-protection|a transfer|the data owner)\b|\bexceptions?\b|\bwithout legal approval\b|\btransfers? (?:is |are )?cleared\b|\bclears? a transfer\b|\blegal approves\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exception();
}
