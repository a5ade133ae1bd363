namespace NexusSim.Agents.Tests.Stub.Variety;

/// <summary>
/// A table is content too: one run states no table twice. The logistics roadmap's Workforce Plan printed the
/// same role table under Skills Gaps and again under Reskilling, both headings falling to one section block
/// with no other table; the paragraph memory reads prose only, so nothing redrew it.
/// </summary>
public sealed class TableRepetitionTests
{
    public static TheoryData<string, string> ShippedBriefs => ShippedBriefRun.ShippedBriefs;

    [Theory]
    [MemberData(nameof(ShippedBriefs))]
    public void Compose_SeedsOneToTen_NoTableBodyTwiceInARun(string firm, string briefPath)
    {
        var shipped = ShippedBriefRun.Load(firm, briefPath);
        var problems = new List<string>();
        var tables = 0;

        for (ulong seed = 1; seed <= 10; seed++)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (deliverable, markdown) in shipped.Run(seed))
            {
                foreach (var (heading, body) in Tables(markdown))
                {
                    tables++;
                    var where = deliverable + " / " + heading;
                    if (seen.TryGetValue(body, out var first))
                    {
                        problems.Add($"seed {seed}: the table under {where} repeats the one under {first}:\n{body}");
                    }
                    else
                    {
                        seen[body] = where;
                    }
                }
            }
        }

        Assert.True(tables >= 5, $"only {tables} tables read in 10 runs: the check reads none");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(10)));
    }

    [Fact]
    public void Tables_TwoSectionsWithOneTable_ReadsBothBodiesAlike()
    {
        // Guards the reader: a table is its rows below the header, wherever it stands.
        const string markdown = "# T\n\n## A\n\nText.\n\n| R | N |\n|---|---|\n| x | 1 [S1] |\n\n## B\n\n| R | N |\n|---|---|\n| x | 1 [S1] |\n";

        var tables = Tables(markdown).ToList();

        Assert.Equal(["A", "B"], tables.Select(t => t.Heading));
        Assert.Equal(tables[0].Body, tables[1].Body);
    }

    // Each table's lines, joined, with the section heading it stands under; key facts and Sources are no tables.
    private static IEnumerable<(string Heading, string Body)> Tables(string markdown)
    {
        var heading = string.Empty;
        var rows = new List<string>();
        foreach (var raw in markdown.Split('\n').Append(string.Empty))
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                rows.Add(line);
                continue;
            }

            if (rows.Count > 2)
            {
                yield return (heading, string.Join("\n", rows));
            }

            rows.Clear();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = line[3..].Trim();
            }
        }
    }
}
