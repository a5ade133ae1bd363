namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// Every Use-Case Heat Map lists its use cases, whichever variant writes its Use Cases section. The two prose
/// variants listed none ("The use cases on the heat map came from three places: ... which left 24 for scoring", the
/// default brief), so about half of the heat maps named no use case at all; they now map the same fifteen, with the
/// same ratings, as the variants that tabulate them.
/// </summary>
public sealed class HeatMapEveryVariantListsTests
{
    [Fact]
    public void HeatMapUseCases_SeedsOneToForty_EveryHeatMapMapsTheSameFifteen()
    {
        var run = ShippedBriefRun.Load("agents", Path.Combine("briefs", "default.yaml"));
        string? first = null;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var markdown = run.Run(seed)["use_case_heat_map"];
            var rows = ShippedBriefRun.SectionLines(markdown, "Use Cases").Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1)
                .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\[S\d+\]", string.Empty))
                .ToList();
            Assert.True(rows.Count is >= 15 and <= 25, $"seed {seed}: the heat map maps {rows.Count} use cases:\n{markdown}");
            var table = string.Join('\n', rows);
            first ??= table;
            Assert.Equal(first, table);
        }
    }
}
