using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Security Architecture Package's Guardrails said "files above 13 megabytes are rejected" and "Action guardrails
/// limit each agent to its registered tools, up to 174 calls an hour" (the hospital brief, seed 2): configured limits
/// drawn as any whole number, where an engineer sets round ones. Every file-size limit an architecture run states is a
/// multiple of 5 megabytes and every rate limit a multiple of 50 calls an hour.
/// </summary>
public sealed partial class GuardrailLimitTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ArchitectureRun_SeedsOneToSixty_GuardrailLimitsAreRound(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "security_architecture_package");
        var (sizes, rates) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match match in Megabytes().Matches(sentence))
                    {
                        sizes++;
                        var size = NumberReader.Count(match.Groups[1].Value);
                        Assert.True(size > 0 && size % 5 == 0, $"{brief}, seed {seed}, {deliverable}: a file-size limit of {match.Groups[1].Value} megabytes, not a round one: {sentence}");
                    }

                    foreach (Match match in CallsAnHour().Matches(sentence))
                    {
                        rates++;
                        var rate = NumberReader.Count(match.Groups[1].Value);
                        Assert.True(rate > 0 && rate % 50 == 0, $"{brief}, seed {seed}, {deliverable}: a rate limit of {match.Groups[1].Value} calls an hour, not a round one: {sentence}");
                    }
                }
            }
        }

        Assert.True(sizes >= 5, $"{brief}: only {sizes} file-size limits in 60 seeds.");
        Assert.True(rates >= 5, $"{brief}: only {rates} rate limits in 60 seeds.");
    }

    [GeneratedRegex(@"\b(\S+) megabytes\b", RegexOptions.IgnoreCase)]
    private static partial Regex Megabytes();

    [GeneratedRegex(@"\b(\S+) calls an hour\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallsAnHour();
}
