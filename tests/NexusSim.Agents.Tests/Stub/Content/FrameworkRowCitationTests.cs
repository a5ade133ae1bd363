using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A compliance-status table cites every count it states, and a reference framework's counts are not cited to
/// the register of the client's binding rules. The board report read "| NIST AI RMF (reference) | 6 met [S2] |
/// 9 in progress | 3 not started |", [S2] being the "Obligations register ...: the EU AI Act, Solvency II ...",
/// with two counts cited to nothing (the insurer brief, seed 1).
/// </summary>
public sealed partial class FrameworkRowCitationTests
{
    [Fact]
    public void ComplianceTables_SeedsOneToThirty_EveryCountIsCitedAndReferenceFrameworksNotToTheRegister()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "insurer-claims.yaml"));
        var rows = 0;
        for (ulong seed = 1; seed <= 30; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed))
            {
                var lines = markdown.Split('\n');
                var register = lines.Where(l => l.StartsWith("- [S", StringComparison.Ordinal) && l.Contains("Obligations register", StringComparison.Ordinal))
                    .Select(l => l[2..l.IndexOf(']', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (!lines[i].StartsWith("| Framework | Met |", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var row in lines.Skip(i + 2).TakeWhile(l => l.StartsWith('|')))
                    {
                        rows++;
                        var cells = row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
                        foreach (var cell in cells.Skip(1).Where(c => Count().IsMatch(c)))
                        {
                            var cites = Cite().Matches(cell).Select(m => m.Value[1..^1]).ToList();
                            Assert.True(cites.Count > 0, $"seed {seed}, {deliverable}: '{cell}' is cited to nothing: {row}");
                            Assert.False(
                                cells[0].Contains("(reference)", StringComparison.Ordinal) && cites.Any(register.Contains),
                                $"seed {seed}, {deliverable}: a reference framework's count is cited to the obligations register: {row}");
                        }
                    }
                }
            }
        }

        Assert.True(rows >= 30, $"Only {rows} compliance-status rows in 30 seeds.");
    }

    [GeneratedRegex(@"^\d+ (?:met|in progress|not started)")]
    private static partial Regex Count();

    [GeneratedRegex(@"\[S\d+\]")]
    private static partial Regex Cite();
}
