using System.Text.RegularExpressions;
using NexusSim.Agents.Tests.Stub.Variety;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The Board Report's Key Risk Indicators said "A rising override rate or a growing backlog of unreviewed cases shows
/// risk building before an incident occurs, so both sit at the top of the quarterly report" above a table that opened
/// with severe incidents, put the override rate second and had no backlog row at all (insurer brief, seed 2); another
/// variant said "At the top sit the override rate and the backlog of cases awaiting review" over the same table. Where
/// the section says the override rate and the review backlog lead, the table's first two rows are those two
/// indicators; and an indicator the prose names (the backlog of cases awaiting review) has a row.
/// </summary>
public sealed partial class KeyRiskIndicatorLeadTests
{
    [Theory]
    [InlineData("insurer-claims.yaml")]
    [InlineData("default.yaml")]
    [InlineData("retail-ops.yaml")]
    public void BoardReport_SeedsOneToEighty_TheIndicatorsTheProseSaysLeadAreTheTablesFirstRows(string brief)
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", brief));
        var options = new ShippedBriefRun.RunOptions(LineOf: "board_report");
        var (tables, leads, backlogs) = (0, 0, 0);
        for (ulong seed = 1; seed <= 80; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, options))
            {
                var lines = ShippedBriefRun.SectionLines(markdown, "Key Risk Indicators");
                var rows = TableReader.Rows(lines).Select(r => r.GetValueOrDefault("Key risk indicator", "")).ToList();
                if (rows.Count == 0)
                {
                    continue;
                }

                tables++;
                var sentences = ProseReader.Paragraphs(string.Join('\n', lines)).SelectMany(ProseReader.Sentences).ToList();
                foreach (var sentence in sentences.Where(s => Backlog().IsMatch(s)))
                {
                    backlogs++;
                    Assert.True(rows.Any(r => Backlog().IsMatch(r)), $"{brief}, seed {seed}, {deliverable}: the prose names the backlog of unreviewed cases, the table has no row for it: {sentence}");
                }

                foreach (var sentence in sentences.Where(s => Lead().IsMatch(s) && s.Contains("override", StringComparison.OrdinalIgnoreCase) && Backlog().IsMatch(s)))
                {
                    leads++;
                    var first = rows.Take(2).ToList();
                    Assert.True(first.Any(r => r.Contains("override", StringComparison.OrdinalIgnoreCase)) && first.Any(r => Backlog().IsMatch(r)),
                        $"{brief}, seed {seed}, {deliverable}: the prose puts the override rate and the review backlog at the top, the table opens with '{string.Join("', '", first)}': {sentence}");
                }
            }
        }

        Assert.True(tables >= 60 && leads >= 10 && backlogs >= 10, $"{brief}: only {tables} indicator tables, {leads} sentences saying which lead and {backlogs} naming the backlog in 80 seeds.");
    }

    [GeneratedRegex(@"backlog|unreviewed|awaiting review", RegexOptions.IgnoreCase)]
    private static partial Regex Backlog();

    [GeneratedRegex(@"\b(at the top|lead|head)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
