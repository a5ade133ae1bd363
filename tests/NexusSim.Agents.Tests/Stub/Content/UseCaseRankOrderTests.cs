using System.Globalization;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A use-case table ranks by the rule the heat map states: the product of impact, feasibility and readiness.
/// The quick-win brief ranked "Management reporting | Low | High | High" (product 9, with High 3, Medium 2,
/// Low 1) fifth, below "Drafting in dispute handling | Medium | Medium | Low" (4), while the heat map said "By
/// the product of the three scores, exception triage ... ranks second" (the default brief, seed 1).
/// </summary>
public sealed class UseCaseRankOrderTests
{
    [Fact]
    public void RankedUseCaseTables_EveryLineSeedsOneToTwenty_ProductOfScoresNeverRisesDownTheRanking()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        var tables = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            foreach (var (deliverable, markdown) in run.Run(seed, new ShippedBriefRun.RunOptions(AllLines: true)))
            {
                var lines = markdown.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var header = Cells(lines[i]);
                    var columns = new[] { "Impact", "Feasibility", "Readiness" }.Select(c => header.IndexOf(c)).ToList();
                    if (!lines[i].StartsWith('|') || header.IndexOf("Rank") < 0 || columns.Any(c => c < 0))
                    {
                        continue;
                    }

                    tables++;
                    var rows = lines.Skip(i + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToList();
                    var products = rows.Select(r => columns.Aggregate(1, (p, c) => p * Score(r[c]))).ToList();
                    for (var k = 1; k < rows.Count; k++)
                    {
                        Assert.True(products[k] <= products[k - 1], $"seed {seed}, {deliverable}: '{string.Join(" | ", rows[k].Take(5))}' (product {products[k]}) is ranked below '{string.Join(" | ", rows[k - 1].Take(5))}' (product {products[k - 1]})");
                    }
                }
            }
        }

        Assert.True(tables >= 10, $"Only {tables} ranked use-case tables in 20 seeds.");
    }

    private static int Score(string cell)
    {
        var word = cell.Split(' ')[0];
        return word switch
        {
            "High" => 3,
            "Medium" => 2,
            "Low" => 1,
            _ => int.Parse(word, CultureInfo.InvariantCulture),
        };
    }

    private static List<string> Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(c => c.Trim())];
}
