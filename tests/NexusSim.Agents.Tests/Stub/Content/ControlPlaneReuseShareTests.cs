using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Security Architecture Package's Control Plane says what share of the control plane reuses the client's
/// services as its own table counts it. The table lists six functions, three existing (agent identity, secrets,
/// the audit log, "Existing, extended") and three new (permissions and rate limits, guardrails, the kill switch),
/// while the sentence above it read "Each function of the control plane has a home, the bulk of them in services
/// Ridgeway Health Partners (fictional) already runs" (hospital-architecture brief, seed 2), elsewhere "Most of the
/// control plane reuses services ..." or "sit mostly in services ...". A sentence of the section that states the
/// share ("most", "mostly", "the bulk", "the majority", "half", or "N of them") agrees with the table's count of
/// existing functions.
/// </summary>
public sealed partial class ControlPlaneReuseShareTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void ControlPlane_SeedsOneToSixty_ShareOfExistingServicesIsTheTables(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "security_architecture_package");
        var claims = 0;
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, options)["security_architecture_package"], "Control Plane");
            var rows = TableReader.Rows(section).Where(r => r.ContainsKey("New or existing")).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var existing = rows.Count(r => r["New or existing"].StartsWith("Existing", StringComparison.OrdinalIgnoreCase));
            var prose = string.Join('\n', section.Where(l => !l.StartsWith('|')));
            foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences))
            {
                string? says = null;
                bool holds = true;
                if (Most().IsMatch(sentence))
                {
                    (says, holds) = ("most", existing * 2 > rows.Count);
                }
                else if (Half().IsMatch(sentence))
                {
                    (says, holds) = ("half", existing * 2 == rows.Count);
                }
                else if (OfThem().Match(sentence) is { Success: true } count)
                {
                    var n = count.Groups["n"].Value.ToLowerInvariant();
                    var stated = NumberReader.Count(n);
                    (says, holds) = (n, stated == existing);
                }

                if (says is null)
                {
                    continue;
                }

                claims++;
                Assert.True(holds, $"{brief}, seed {seed}, security_architecture_package, Control Plane: the table has {existing} existing of {rows.Count} functions, but the section says ({says}): {sentence}");
            }
        }

        Assert.True(claims >= 5, $"{brief}: only {claims} Control Plane sentences in 60 seeds state the share of functions in existing services.");
    }

    [GeneratedRegex(@"\b(most|mostly|bulk|majority|largely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Most();

    [GeneratedRegex(@"\bhalf\b", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?<n>\d+|one|two|three|four|five|six) of them\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfThem();
}
