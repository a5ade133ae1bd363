using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Control Specifications' Audit Logging kept the insurer's log of every agent step and every reviewer's override
/// for "4 years" (insurer-claims, seed 3; 3 years in other seeds), a retention drawn as any whole number from 3 to 7:
/// shorter than the six years or more a financial services firm keeps the records of its customer decisions, and not
/// a period a records policy sets. The audit log is now kept for six or seven years, in every governance run of every
/// shipped brief.
/// </summary>
public sealed partial class AuditLogRetentionTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRuns_SeedsOneToForty_AuditLogIsKeptSixOrSevenYears(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var retentions = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(LineOf: "control_specifications")))
            {
                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences))
                {
                    foreach (Match m in Years().Matches(sentence))
                    {
                        retentions++;
                        var years = NumberReader.Count(m.Groups["n"].Value);
                        Assert.True(years is 6 or 7, $"{brief}, seed {seed}, {deliverable}: the audit log kept {m.Groups["n"].Value} years, not a retention a records policy sets: {sentence}");
                    }
                }
            }
        }

        Assert.True(retentions >= 10, $"{brief}: only {retentions} audit log retention periods in 40 seeds of the governance line.");
    }

    [GeneratedRegex(@"\b(?:kept for|stay for|retained for|retention is|keeps entries unaltered for) (?<n>\d+|[a-z]+) years\b", RegexOptions.IgnoreCase)]
    private static partial Regex Years();
}
