using System.Globalization;
using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Weekly Status's Trends said "More cases, the same error count" (retail-ops, seed 2; "the error count stayed
/// flat" in another phrasing) beside a run log whose errors fell from the first supervised week to the latest, and the
/// run log's two counts were drawn in overlapping ranges (2-6, 0-3), so it could also show errors rising from 2 to 3
/// (retail-ops, seed 21) under Trends that found no rise. The run log's latest week now always counts fewer errors
/// than its first supervised week (whose column now says they are errors found in review, beside the Dashboard's
/// errors caught by guardrails), and no sentence of a pilot run says the error count held flat or stayed the same.
/// </summary>
public sealed partial class RunLogErrorTrendTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_ErrorsFallAndNoSentenceCallsThemFlat(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var (logs, sentences) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var rows = TableReader.AllRows(markdown).Where(r => r.ContainsKey("Week")).ToList();
                var first = rows.FirstOrDefault(r => r["Week"] == "First supervised week");
                var latest = rows.FirstOrDefault(r => r["Week"] == "Latest week");
                if (first is not null && latest is not null)
                {
                    logs++;
                    var column = first.Keys.Single(k => k.StartsWith("Errors", StringComparison.Ordinal));
                    Assert.True(Count(latest[column]) < Count(first[column]), $"{brief}, seed {seed}, {deliverable}: the run log's errors went from {first[column]} in the first supervised week to {latest[column]} in the latest");
                }

                foreach (var sentence in ProseReader.Paragraphs(markdown).SelectMany(ProseReader.Sentences).Where(s => Errors().IsMatch(s)))
                {
                    sentences++;
                    Assert.False(Flat().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the errors held flat, where the run log shows them falling: {sentence}");
                }
            }
        }

        Assert.True(logs >= 12, $"{brief}: only {logs} run logs in 40 seeds of the pilot line.");
        Assert.True(sentences >= 20, $"{brief}: only {sentences} sentences about errors in 40 seeds of the pilot line.");
    }

    private static int Count(string cell) =>
        int.Parse(Number().Match(cell).Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"\berrors?\b|\berror count\b", RegexOptions.IgnoreCase)]
    private static partial Regex Errors();

    [GeneratedRegex(@"\berror count (?:stayed|held|remained|was) flat\b|\bthe same error count\b|\berrors? (?:stayed|held|remained) flat\b", RegexOptions.IgnoreCase)]
    private static partial Regex Flat();
}
