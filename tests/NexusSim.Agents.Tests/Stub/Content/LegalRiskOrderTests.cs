namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// The legal memo's Risks section may not rank its risks one way and call another the likeliest. It opened
/// "We see four risks, in descending order of likelihood" and ended on "Regulators are most likely to act on
/// accuracy claims", the fourth bullet (the five-agent firm, seed 1).
/// </summary>
public sealed class LegalRiskOrderTests
{
    private static readonly Lazy<ShippedBriefRun> Legal = new(() => ShippedBriefRun.Load(
        Path.Combine("samples", "five-agent-firm"), Path.Combine("samples", "five-agent-firm", "brief.yaml")));

    private static readonly string[] Likeliest = ["likeliest", "most likely", "highest enforcement risk", "act first"];

    [Fact]
    public void Risks_SeedsOneToForty_AnOrderOfLikelihoodPutsTheLikeliestFirst()
    {
        var laterLikeliest = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (var (deliverable, markdown) in Legal.Value.Run(seed))
            {
                var section = Section(markdown, "## Risks");
                if (section.Count == 0)
                {
                    continue;
                }

                var bullets = section.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
                var claimsOrder = section.Any(l => !l.StartsWith("- ", StringComparison.Ordinal)
                    && (l.Contains("order of likelihood", StringComparison.OrdinalIgnoreCase) || l.Contains("descending order", StringComparison.OrdinalIgnoreCase)));
                var later = bullets.Skip(1).FirstOrDefault(b => Likeliest.Any(w => b.Contains(w, StringComparison.OrdinalIgnoreCase)));
                laterLikeliest += later is null ? 0 : 1;
                Assert.False(claimsOrder && later is not null, $"seed {seed}, {deliverable}: the risks are said to be in descending order of likelihood, yet a later one is the likeliest: {later}");
            }
        }

        Assert.True(laterLikeliest >= 10, $"Only {laterLikeliest} Risks sections in 40 seeds name a later risk the likeliest.");
    }

    private static List<string> Section(string markdown, string heading) =>
        [.. markdown.Split('\n').SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.Length > 0)];
}
