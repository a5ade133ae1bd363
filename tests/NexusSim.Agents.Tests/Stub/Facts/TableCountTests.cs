using System.Text.RegularExpressions;

namespace NexusSim.Agents.Tests.Stub.Facts;

/// <summary>
/// A paragraph that opens with a count ("Three new roles carry the operating model") and is followed
/// straight by a table introduces that table: the table has that many rows. The roadmap's workforce
/// plan said "Two new roles" above a table of three.
/// </summary>
public sealed partial class TableCountTests
{
    [Fact]
    public void Compose_EveryLineOfTheDefaultBrief_ACountThatIntroducesATableIsItsRows()
    {
        var shipped = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var problems = new List<string>();
        var checkedTables = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            foreach (var (name, text) in shipped.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                foreach (var (count, rows, opening) in IntroducedTables(text))
                {
                    checkedTables++;
                    if (count != rows)
                    {
                        problems.Add($"seed {seed}, {name}: \"{opening}\" above a table of {rows} rows");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedTables >= 5, $"only {checkedTables} counted table introductions were read");
    }

    [Fact]
    public void IntroducedTables_TwoAboveThreeRows_ReadsBoth()
    {
        var text = "## New Roles\n\nTwo new roles carry the model [S1].\n\n| Role | What |\n|---|---|\n| A | a |\n| B | b |\n| C | c |\n";

        Assert.Equal([(2, 3, "Two new roles carry the model [S1].")], IntroducedTables(text));
    }

    // (count, data rows, the paragraph) for every paragraph that opens with a number word and whose next block is a table.
    private static List<(int Count, int Rows, string Opening)> IntroducedTables(string markdown)
    {
        var blocks = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = new List<(int, int, string)>();
        for (var i = 0; i + 1 < blocks.Length; i++)
        {
            var opening = CountOpening().Match(blocks[i]);
            if (!opening.Success || blocks[i].Contains('\n', StringComparison.Ordinal) || !blocks[i + 1].StartsWith('|'))
            {
                continue;
            }

            var rows = blocks[i + 1].Split('\n').Count(l => l.StartsWith('|')) - 2;
            found.Add((NumberReader.Count(opening.Groups[1].Value), rows, blocks[i]));
        }

        return found;
    }

    [GeneratedRegex(@"^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) ")]
    private static partial Regex CountOpening();
}
