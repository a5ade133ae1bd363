using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Compliance Map's NIST AI RMF section said the insurer "meets 23% of the subcategories" relevant to agents while
/// the Board Report's Compliance Status counted the same framework as 7 met, 6 in progress and 3 not started, 44 %
/// (insurer-claims, seed 13; 35 % against 39 % in seed 8): a percentage and three counts drawn apart. Both now state
/// the fact base's one set of counts, the map as "meets 7 of the 16 subcategories", in every governance run of every
/// shipped brief.
/// </summary>
public sealed partial class NistSubcategoryCountTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRuns_SeedsOneToForty_TheMapsNistCountIsTheBoardReportsRow(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var compared = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var deliverables = run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "policy_suite"));
            (int Met, int Total)? row = null;
            foreach (var line in deliverables.Values.SelectMany(md => md.Split('\n')))
            {
                var m = NistRow().Match(line);
                if (m.Success)
                {
                    var met = int.Parse(m.Groups["met"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var total = met + int.Parse(m.Groups["prog"].Value, System.Globalization.CultureInfo.InvariantCulture) + int.Parse(m.Groups["not"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(row is null || row == (met, total), $"{brief}, seed {seed}: two NIST AI RMF rows disagree: {line}");
                    row = (met, total);
                }
            }

            foreach (var (deliverable, markdown) in deliverables)
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    Assert.False(SubcategoryShare().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: a share of the NIST AI RMF subcategories beside the board report's counts: {sentence}");
                    var said = MeetsOf().Match(sentence);
                    if (!said.Success || row is null)
                    {
                        continue;
                    }

                    compared++;
                    var (met, total) = (NumberReader.Count(said.Groups["met"].Value), NumberReader.Count(said.Groups["total"].Value));
                    Assert.True((met, total) == row.Value, $"{brief}, seed {seed}, {deliverable}: meets {met} of {total} subcategories where the compliance status counts {row.Value.Met} met of {row.Value.Total}: {sentence}");
                }
            }
        }

        Assert.True(compared >= 5, $"{brief}: only {compared} NIST AI RMF counts compared with the compliance status in 40 seeds of the governance line.");
    }

    [GeneratedRegex(@"^\|\s*NIST AI RMF \(reference\)\s*\|\s*(?<met>\d+) met[^|]*\|\s*(?<prog>\d+) in progress[^|]*\|\s*(?<not>\d+) not started")]
    private static partial Regex NistRow();

    [GeneratedRegex(@"\bmeets (?<met>\d+|[a-z]+) of the (?<total>\d+|[a-z]+) subcategories\b|\bOf the (?<total>\d+|[a-z]+) subcategories\b[^,]*, .*\bmeets (?<met>\d+|[a-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetsOf();

    [GeneratedRegex(@"\d+(?:\.\d+)?\s?%[^.;]*\bsubcategor|\bsubcategor[^.;]*\b\d+(?:\.\d+)?\s?%", RegexOptions.IgnoreCase)]
    private static partial Regex SubcategoryShare();
}
