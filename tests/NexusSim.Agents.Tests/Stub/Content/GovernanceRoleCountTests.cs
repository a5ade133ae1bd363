using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Operating Model / RACI's Roles opened "In all, 6 roles carry the operating model" and then listed five: executive
/// sponsor, AI risk committee, process owner, agent supervisor and platform team (insurer brief, seed 3), the count
/// drawn from 5 to 7 beside a list that never changes; the section's other variant says "Five roles carry the
/// governance of agents". The number of roles the section states is the number it lists, where it lists them, and
/// the same number in every variant.
/// </summary>
public sealed partial class GovernanceRoleCountTests
{
    [Theory]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    [InlineData("retail-ops.yaml")]
    public void OperatingModel_SeedsOneToOneTwenty_TheRolesStatedAreTheRolesListed(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "operating_model_raci");
        var (stated, listed) = (0, 0);
        var counts = new HashSet<int>();
        for (ulong seed = 1; seed <= 120; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "Roles");
                var bullets = lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal));
                foreach (var sentence in ProseReader.Paragraphs(string.Join('\n', lines)).SelectMany(ProseReader.Sentences))
                {
                    var count = Count().Match(sentence);
                    if (!count.Success)
                    {
                        continue;
                    }

                    stated++;
                    var n = NumberReader.Count(count.Groups["n"].Value);
                    counts.Add(n);
                    if (bullets > 0)
                    {
                        listed++;
                        Assert.True(n == bullets, $"{brief}, seed {seed}, {deliverable}: '{sentence}' above a list of {bullets} roles.");
                    }
                }
            }
        }

        Assert.True(counts.Count == 1, $"{brief}: the Roles state {string.Join(", ", counts)} roles in different seeds, with the same roles.");
        Assert.True(stated >= 25 && listed >= 12, $"{brief}: only {stated} counts of roles, {listed} above a list, in 120 seeds.");
    }

    [GeneratedRegex(@"\b(?<n>\d+|four|five|six|seven) (?:defined )?roles\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
