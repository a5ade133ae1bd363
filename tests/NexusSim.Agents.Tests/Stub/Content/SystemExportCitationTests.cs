using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Data Room's Supporting Analysis said the readiness score comes from the scoring workbook "and the average
/// loan decision time baseline of 6 days from the system export [S2]", with S2 the scoring model alone: the
/// export it names was never cited. A sentence that says a figure comes from the system export cites the source
/// the Sources list gives as that export. Every deliverable of the default brief, seeds 1-40.
/// </summary>
public sealed partial class SystemExportCitationTests
{
    [Fact]
    public void SentenceNamingTheSystemExport_SeedsOneToForty_CitesTheExport()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var checkedSentences = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var exports = ShippedBriefRun.SectionLines(markdown, "Sources")
                    .Where(l => l.Contains("system export", StringComparison.Ordinal))
                    .Select(l => Marker().Match(l).Value)
                    .ToHashSet(StringComparer.Ordinal);
                var body = markdown.Split('\n').Where(l => !l.StartsWith('|') && !l.StartsWith('#') && !l.StartsWith("- [S", StringComparison.Ordinal));
                foreach (var sentence in body.SelectMany(ProseReader.Sentences).Where(s => s.Contains("from the system export", StringComparison.Ordinal)))
                {
                    checkedSentences++;
                    var cited = Marker().Matches(sentence).Select(m => m.Value);
                    Assert.True(cited.Any(exports.Contains),
                        $"seed {seed}, {deliverable}: the sentence names the system export but cites {string.Join(' ', cited)}, not the export ({string.Join(' ', exports)}): {sentence}");
                }
            }
        }

        Assert.True(checkedSentences >= 10, $"Only {checkedSentences} sentences name the system export in 40 seeds.");
    }

    [GeneratedRegex(@"\[S\d+\]")]
    private static partial Regex Marker();
}
