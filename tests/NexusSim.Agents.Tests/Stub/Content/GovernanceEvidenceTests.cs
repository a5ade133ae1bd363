using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Compliance Map's NIST AI RMF section said "Most gaps sit under measure, where testing for bias and robustness
/// is missing" (its table: "Measure | Test set for claims intake") and cited "Pilot telemetry and run logs, Northgate
/// Assurance Group (fictional) test environment" (the insurer brief): a governance engagement runs before any agent
/// touches a live case, so no pilot of its own has telemetry, and a missing test is found by the gap assessment, not
/// read from run logs. No deliverable of a governance run cites pilot telemetry, and the measure gap is still stated.
/// </summary>
public sealed partial class GovernanceEvidenceTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void GovernanceRun_SeedsOneToSixty_NoDeliverableCitesPilotTelemetry(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "compliance_map");
        var gaps = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var telemetry = Telemetry().Match(markdown);
                Assert.False(telemetry.Success, $"{brief}, seed {seed}, {deliverable}: a governance engagement has run no pilot, yet it cites '{telemetry.Value.Trim()}'");
                var nist = Nist().Match(markdown);
                if (nist.Success)
                {
                    var text = nist.Groups[1].Value;
                    gaps += ProseReader.Paragraphs(text).SelectMany(ProseReader.Sentences).Count(s => Bias().IsMatch(s))
                        + TableReader.AllRows(text).Count(r => r.Values.Any(v => Bias().IsMatch(v)));
                }
            }
        }

        Assert.True(gaps >= 40, $"{brief}: only {gaps} statements of the measure gap (bias and robustness tests) in 60 seeds.");
    }

    [GeneratedRegex(@"^- \[S\d+\] Pilot telemetry.*$", RegexOptions.Multiline)]
    private static partial Regex Telemetry();

    [GeneratedRegex(@"^## NIST AI RMF\n(.*?)(?=^## )", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Nist();

    [GeneratedRegex(@"\bbias\b.*\brobustness\b|\brobustness\b.*\bbias\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bias();
}
