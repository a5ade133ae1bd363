using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A share called dominant is a majority. The Infrastructure Cost Model's Three-Year Total Cost of Ownership read
/// "People, not compute, dominate the three-year total cost of ownership: the run team is about 41% of the total"
/// (hospital-architecture brief, seed 4; a draw of 40% to 55%), so compute, model usage and the platform, at 59%,
/// outweighed the people said to dominate. A sentence that says people (the run team) dominate or make up the
/// largest part of the total cost of ownership states a share above half.
/// </summary>
public sealed partial class RunTeamShareTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void InfrastructureCostModel_SeedsOneToSixty_DominantRunTeamIsAMajority(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "infrastructure_cost_model");
        var shares = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, options)["infrastructure_cost_model"], "Three-Year Total Cost of Ownership");
            var prose = string.Join('\n', section.Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences)
                .Where(s => Dominant().IsMatch(s) && s.Contains("run team", StringComparison.OrdinalIgnoreCase)))
            {
                var share = Share().Match(sentence);
                Assert.True(share.Success, $"{brief}, seed {seed}, infrastructure_cost_model: the run team is called dominant with no share: {sentence}");
                shares++;
                var percent = int.Parse(share.Groups["n"].Value, CultureInfo.InvariantCulture);
                Assert.True(percent > 50, $"{brief}, seed {seed}, infrastructure_cost_model: {percent}% is not the dominant share of the total: {sentence}");
            }
        }

        Assert.True(shares >= 10, $"{brief}: only {shares} sentences in 60 seeds call the run team the dominant share of the total cost of ownership.");
    }

    [GeneratedRegex(@"dominat|largest part", RegexOptions.IgnoreCase)]
    private static partial Regex Dominant();

    [GeneratedRegex(@"(?<n>\d+)%")]
    private static partial Regex Share();
}
