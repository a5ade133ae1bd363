using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Training's End Users section said "A module of 49 minutes online teaches end users acceptable use" (the insurer
/// brief, seed 1): a course length drawn as any whole number from 30 to 60, where a course is planned in round
/// lengths. Every length in minutes a governance run states is a multiple of a quarter of an hour.
/// </summary>
public sealed partial class ModuleLengthTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToOneHundredTwenty_CourseLengthsAreRound(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "training");
        var lengths = 0;
        for (ulong seed = 1; seed <= 120; seed++)
        {
            var markdown = run.Run(seed, options)["training"];
            var statements = ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences)
                .Concat(TableReader.AllRows(markdown).SelectMany(r => r.Values));
            foreach (var statement in statements)
            {
                foreach (Match match in Minutes().Matches(statement))
                {
                    lengths++;
                    var minutes = NumberReader.Count(match.Groups[1].Value);
                    Assert.True(minutes > 0 && minutes % 15 == 0, $"{brief}, seed {seed}: a course of {match.Groups[1].Value} minutes, not a round length: {statement}");
                }
            }
        }

        Assert.True(lengths >= 15, $"{brief}: only {lengths} course lengths in minutes in 120 seeds.");
    }

    [GeneratedRegex(@"\b(\d+)[- ]minutes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Minutes();
}
