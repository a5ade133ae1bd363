using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Board Report's Compliance Status table has one row per framework, counting its obligations met, in progress
/// and not started, yet the sentence above it read "Compliance status is reported obligation by obligation with a
/// traffic light" (or "Each obligation gets a traffic light in the status table", "Compliance status gives the board
/// one line per obligation", "This section shows where each obligation stands"): a table of counts shows no single
/// obligation and no light. Where the section's table is counts by framework, no sentence of the section says it
/// shows obligations one by one or a traffic light for each.
/// </summary>
public sealed partial class ComplianceStatusGrainTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void BoardReport_SeedsOneToSixty_ComplianceStatusSaysWhatItsTableCounts(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "board_report");
        var (tables, sentences) = (0, 0);
        for (ulong seed = 1; seed <= 60; seed++)
        {
            var section = ShippedBriefRun.SectionLines(run.Run(seed, options)["board_report"], "Compliance Status");
            var rows = TableReader.Rows(section);
            Assert.True(rows.Count > 0 && rows[0].ContainsKey("Framework") && rows[0].ContainsKey("Met"), $"{brief}, seed {seed}: the Compliance Status has no table of frameworks' counts");
            tables++;
            foreach (var sentence in ProseReader.Paragraphs(string.Join('\n', section)).SelectMany(ProseReader.Sentences))
            {
                sentences++;
                Assert.False(OneByOne().IsMatch(sentence), $"{brief}, seed {seed}, board_report: the table counts obligations by framework, yet: {sentence}");
            }
        }

        Assert.True(tables == 60 && sentences >= 120, $"{brief}: {tables} Compliance Status tables and {sentences} sentences in 60 seeds.");
    }

    // Obligations shown singly: "obligation by obligation", "per obligation", "each/every obligation", a traffic light.
    [GeneratedRegex(@"\bobligation by obligation\b|\bper obligation\b|\b(?:each|every) obligation\b|\btraffic light", RegexOptions.IgnoreCase)]
    private static partial Regex OneByOne();
}
