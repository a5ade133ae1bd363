using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Operating Model block a firm's own deliverable falls back on put "Stop an agent | I | I | R | A" (the platform
/// team accountable) where every RACI table of the governance line makes the process owner accountable, and had "the AI
/// risk committee meets every 3 weeks" where the committee charter's reporting runs "Monthly". In a governance run and a
/// firm's own Operating Model of the same engagement, an activity has one accountable party in every table that rates
/// it, and the AI risk committee meets monthly wherever its cadence is said.
/// </summary>
public sealed partial class RaciAgreementTests
{
    [Theory]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    public void GovernanceRunAndOwnOperatingModel_SeedsOneToForty_OneAccountablePartyPerActivity(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "operating_model_raci");
        var (compared, cadences) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var documents = run.Run(seed, options).Select(d => (d.Key, d.Value)).ToList();
            documents.Add(("own operating model", run.ComposeOwn("own_operating_model", ["Operating Model"], seed)));
            var accountable = new Dictionary<string, (string Party, string Where)>(StringComparer.Ordinal);
            foreach (var (deliverable, markdown) in documents)
            {
                var rows = RaciUseCaseApprovalTests.SectionTables(markdown)
                    .Select(RaciUseCaseApprovalTests.OneOwnerName)
                    .Where(r => r.ContainsKey("Activity") && RaciUseCaseApprovalTests.Parties.All(r.ContainsKey));
                foreach (var row in rows)
                {
                    var party = RaciUseCaseApprovalTests.Parties.Single(p => row[p].Split('/').Contains("A"));
                    if (accountable.TryGetValue(row["Activity"], out var first))
                    {
                        compared++;
                        Assert.True(first.Party == party, $"{brief}, seed {seed}: '{row["Activity"]}' has {first.Party} accountable in {first.Where} and {party} in {deliverable}");
                    }
                    else
                    {
                        accountable[row["Activity"]] = (party, deliverable);
                    }
                }

                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match match in CommitteeCadence().Matches(sentence))
                    {
                        cadences++;
                        Assert.True(match.Groups["when"].Value == "monthly", $"{brief}, seed {seed}, {deliverable}: the AI risk committee's charter reports monthly, yet: {sentence}");
                    }
                }
            }
        }

        Assert.True(compared >= 60, $"{brief}: only {compared} activities rated in two tables of one run in 40 seeds.");
        Assert.True(cadences >= 10, $"{brief}: only {cadences} statements of the AI risk committee's cadence in 40 seeds.");
    }

    [GeneratedRegex(@"\bAI risk committee (?:meets|sits) (?<when>monthly|every \d+ weeks)")]
    private static partial Regex CommitteeCadence();
}
