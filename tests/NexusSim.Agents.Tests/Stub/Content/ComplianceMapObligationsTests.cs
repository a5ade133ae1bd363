using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The library's "Compliance map" section counts the obligations under the client's binding rules as the
/// board report's compliance status does (the declared facts obligations_met, _in_progress, _not_started):
/// it once said "Of 94 obligations mapped, 41% are met today" beside a status table of 6 met, 5 in progress
/// and 2 not started.
/// </summary>
public sealed partial class ComplianceMapObligationsTests
{
    private static readonly Lazy<ShippedBriefRun> Insurer = new(() => ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml")));

    [Fact]
    public void ComplianceMapSection_ObligationCounts_AreTheBoardReportsCounts()
    {
        var run = Insurer.Value;
        var variants = new HashSet<string>(StringComparer.Ordinal);
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var status = Counts(Section(run.Run(seed)["board_report"], "Compliance Status"));
            Assert.True(status.Met > 0, $"seed {seed}: the board report's compliance status states no count.");

            var text = seed.ToString(CultureInfo.InvariantCulture);
            var map = Section(
                run.Library.Compose(new DraftRequest("compliance_map", "Compliance Map", run.Line.Name, ["Compliance map"], run.Facts, [], [], StableHash.Seed(text, "compliance_map"))
                {
                    FactSeed = DraftRequest.FactSeedOf(text),
                }).Markdown,
                "Compliance map");
            variants.Add(map.Contains('|', StringComparison.Ordinal) ? "table" : "prose");

            Assert.Equal(status, Counts(map));
            foreach (Match total in Total().Matches(map))
            {
                Assert.Equal(status.Met + status.InProgress + status.NotStarted, int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(2, variants.Count);
    }

    // The first count of each status: the client's binding rules come first in table and prose.
    private static (int Met, int InProgress, int NotStarted) Counts(string section)
    {
        var plain = Citation().Replace(section, string.Empty);
        return (First(Met(), plain), First(InProgress(), plain), First(NotStarted(), plain));
    }

    private static int First(Regex pattern, string text) =>
        pattern.Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section '{heading}'.");
        var end = markdown.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    [GeneratedRegex(@"\b(\d+) (?:are )?met\b")]
    private static partial Regex Met();

    [GeneratedRegex(@"\b(\d+) (?:in progress|are partly met)\b")]
    private static partial Regex InProgress();

    [GeneratedRegex(@"\b(\d+) (?:not started|are not yet started)\b")]
    private static partial Regex NotStarted();

    [GeneratedRegex(@"\b(\d+) obligations\b")]
    private static partial Regex Total();

    [GeneratedRegex(@"\s*\[S\d+\]")]
    private static partial Regex Citation();
}
