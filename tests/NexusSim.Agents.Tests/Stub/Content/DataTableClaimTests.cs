using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Results Report's Data section said "Every figure rests on a data set named below, with source and extract date
/// for anyone who wants to check a figure" over a table of data set, source and records, with no date in it
/// (retail-ops, seed 7; one phrasing also read "with source and extract date and kept in the data room", seed 1). The
/// sentence that introduces the data sets names only what the table gives: every sentence of a section holding the
/// data-set table that promises a date or extract date has a table column to hold it, and the section's sentences
/// still say what the table lists.
/// </summary>
public sealed partial class DataTableClaimTests
{
    [Theory]
    [MemberData(nameof(ShippedBriefRun.FirmBriefs), MemberType = typeof(ShippedBriefRun))]
    public void PilotRun_SeedsOneToForty_TheDataTableHoldsWhatItsSentenceSaysItLists(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "pilot_design");
        var (tables, listed) = (0, 0);
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "Data");
                var rows = TableReader.Rows(lines);
                if (rows.Count == 0 || !rows[0].ContainsKey("Data set"))
                {
                    continue;
                }

                tables++;
                var dated = rows[0].Keys.Any(k => k.Contains("date", StringComparison.OrdinalIgnoreCase) || k.Contains("extract", StringComparison.OrdinalIgnoreCase));
                var prose = string.Join("\n\n", lines.Where(l => !l.StartsWith('|')));
                foreach (var sentence in ProseReader.Paragraphs(prose).SelectMany(ProseReader.Sentences))
                {
                    Assert.False(!dated && Dated().IsMatch(sentence), $"{brief}, seed {seed}, {deliverable}: the Data section promises a date its table does not give ({string.Join(", ", rows[0].Keys)}): {sentence}");
                    listed += Listed().IsMatch(sentence) ? 1 : 0;
                }
            }
        }

        Assert.True(tables >= 10, $"{brief}: only {tables} data-set tables in 40 seeds of the pilot line.");
        Assert.True(listed >= 10, $"{brief}: only {listed} sentences in 40 seeds say what the data-set table lists.");
    }

    [GeneratedRegex(@"\bextract date\b|\bdate\b|\bwhen it was extracted\b|\bextracted on\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dated();

    [GeneratedRegex(@"\bsource\b|\bcame from\b|\brecords?\b|\bsize\b", RegexOptions.IgnoreCase)]
    private static partial Regex Listed();
}
