using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The governance framework's Policy Suite makes the chief information officer the acceptable use policy's owner
/// ("owned by the chief information officer", the suite's table: "Acceptable use | ... | Chief information officer"),
/// yet the Compliance Map's Gaps and Remediation gave "Publish acceptable-use policy" to the general counsel
/// (insurer-claims, seed 2). Every mention of the policy's owner in a governance run now names one person (the
/// Policy Suite's Acceptable Use section, which no longer shows the suite's table, names the owner in its prose).
/// </summary>
public sealed partial class AcceptableUseOwnerTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToForty_TheAcceptableUsePolicyHasOneOwner(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "compliance_map");
        var gapRows = 0;
        var everyRun = new List<(string Where, string Owner)>();
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var owners = new List<(string Where, string Owner)>();
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                foreach (var row in TableReader.AllRows(markdown))
                {
                    if (row.TryGetValue("Policy", out var policy) && policy == "Acceptable use" && row.TryGetValue("Owner", out var owner))
                    {
                        owners.Add(($"{deliverable}, policy table", owner));
                    }

                    if (row.TryGetValue("Remediation", out var remediation) && remediation.Contains("acceptable-use policy", StringComparison.OrdinalIgnoreCase) && row.TryGetValue("Owner", out var gapOwner))
                    {
                        gapRows++;
                        owners.Add(($"{deliverable}, gap '{row["Gap"]}'", gapOwner));
                    }
                }

                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    var match = ProseOwner().Match(sentence);
                    if (match.Success)
                    {
                        owners.Add(($"{deliverable}: {sentence}", match.Groups["owner"].Value));
                    }
                }

                // The policy's own section names whoever owns it ("Its owner is the chief information officer").
                var section = string.Join('\n', ShippedBriefRun.SectionLines(markdown, "Acceptable Use"));
                foreach (var sentence in ProseReader.Paragraphs(section).SelectMany(ProseReader.Sentences).Where(s => !ProseOwner().IsMatch(s)))
                {
                    foreach (Match officer in Officer().Matches(sentence))
                    {
                        owners.Add(($"{deliverable}, Acceptable Use: {sentence}", officer.Value));
                    }
                }
            }

            var named = owners.Select(o => o.Owner.ToLowerInvariant()).Distinct().ToList();
            Assert.True(named.Count <= 1, $"{brief}, seed {seed}: the acceptable use policy has {named.Count} owners: {string.Join(" | ", owners.Select(o => $"{o.Owner} ({o.Where})"))}");
            everyRun.AddRange(owners.Select(o => ($"seed {seed}, {o.Where}", o.Owner)));
        }

        // Every seed describes the same client, whose policy has one owner whichever run states it.
        var byOwner = everyRun.GroupBy(o => o.Owner.ToLowerInvariant()).ToList();
        Assert.True(byOwner.Count <= 1, $"{brief}: the acceptable use policy's owner differs between runs: {string.Join(" | ", byOwner.Select(g => $"{g.First().Owner} ({g.First().Where})"))}");
        Assert.True(gapRows >= 6, $"{brief}: only {gapRows} gap rows in 40 seeds publish the acceptable-use policy.");
        Assert.True(everyRun.Count >= 15, $"{brief}: only {everyRun.Count} statements of the acceptable use policy's owner in 40 seeds.");
    }

    [GeneratedRegex(@"\bacceptable[ -]use\b[^.;]*?\b(?:owned by|signed off by|sits with|with) the (?<owner>chief [a-z ]+?officer|general counsel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseOwner();

    [GeneratedRegex(@"\bchief [a-z]+ (?:[a-z]+ )?officer\b|\bgeneral counsel\b", RegexOptions.IgnoreCase)]
    private static partial Regex Officer();
}
