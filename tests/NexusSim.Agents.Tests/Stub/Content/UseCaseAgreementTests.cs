using NexusSim.Agents.Stub.Content;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Two deliverables of one run describe the same use cases: the quick-win brief's opportunity table
/// (High, Medium, Low) and the heat map's ranking (scores from one to five) name them alike and rate
/// them alike, four or five being high, three medium, one or two low, on every seed.
/// </summary>
public sealed class UseCaseAgreementTests
{
    [Fact]
    public void Compose_QuickWinAndHeatMap_NameAndRateTheRankedUseCasesAlike()
    {
        // Each section has prose variants too; the tables are compared on the seeds that draw both.
        var compared = 0;
        for (ulong seed = 1; seed <= 80; seed++)
        {
            var opportunities = Rows(Compose("quick_win_brief", "Quick-Win Brief", "Opportunities", seed));
            var ranking = Rows(Compose("use_case_heat_map", "Use-Case Heat Map", "Ranking", seed));
            if (opportunities.Count == 0 || ranking.Count == 0)
            {
                continue;
            }

            compared++;
            Assert.Equal(3, ranking.Count);
            foreach (var (name, scores) in ranking)
            {
                Assert.True(opportunities.TryGetValue(name, out var words), $"seed {seed}: the quick-win brief does not name '{name}'");
                // Impact, feasibility, readiness: the words are the scores' bands.
                Assert.Equal(scores.Select(Band), words);
            }
        }

        Assert.InRange(compared, 5, 80);
    }

    [Theory]
    [InlineData("5", "High")]
    [InlineData("4", "High")]
    [InlineData("3", "Medium")]
    [InlineData("2", "Low")]
    public void Band_Score_IsItsWord(string score, string word) => Assert.Equal(word, Band(score));

    private static string Compose(string id, string name, string section, ulong seed) =>
        ContentSamples.Library.Compose(new DraftRequest(id, name, "Agentic Readiness Assessment", [section], ContentSamples.Insurer, ContentSamples.Glossary, [], seed) { FactSeed = seed }).Markdown;

    // Rank | Use case | Impact | Feasibility | Readiness [| ...]: the use case and its three ratings, citations cut.
    private static Dictionary<string, string[]> Rows(string markdown) => markdown.Split('\n')
        .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2]))
        .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
        .ToDictionary(c => c[2], c => c[3..6].Select(v => v.Split(" [", 2)[0]).ToArray(), StringComparer.Ordinal);

    private static string Band(string score) => int.Parse(score, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        >= 4 => "High",
        3 => "Medium",
        _ => "Low",
    };
}
