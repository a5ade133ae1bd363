using System.Globalization;
using NexusSim.Agents.Stub.Content;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Tests.Stub.Content;

/// <summary>
/// A readiness report calls technical infrastructure the strongest dimension only where it is. The client's six
/// dimension scores are drawn per client within ranges that overlap, so regulatory posture or culture can score
/// higher than technical infrastructure; the Technical Infrastructure section said "the strongest of its six
/// dimensions" or "Infrastructure is the least of the constraints" for every client (wrong for 16 of sixty
/// clients of the default brief's line). It may say infrastructure is ahead of data maturity and workforce
/// capability, whose ranges lie below its own. Checked over sixty clients, six seeds each, every phrasing drawn.
/// </summary>
public sealed class DimensionRankClaimTests
{
    private static readonly string[] Dimensions = ["tech", "data", "culture", "workforce", "regulatory", "footprint"];

    [Fact]
    public void Compose_TechnicalInfrastructure_CallsItTheStrongestOnlyWhereItScoresHighest()
    {
        var run = ShippedBriefRun.Load("agents", "briefs/default.yaml");
        var wrong = new List<string>();
        var read = 0;
        for (var client = 1; client <= 60; client++)
        {
            var facts = run.Facts with { Client = "Client " + client.ToString(CultureInfo.InvariantCulture) + " (fictional)" };
            for (var seed = 1; seed <= 6; seed++)
            {
                var text = seed.ToString(CultureInfo.InvariantCulture);
                var request = new DraftRequest("readiness_report", "Readiness Report", run.Line.Name, ["Technical Infrastructure"], facts, [], [], StableHash.Seed(text, "readiness_report"))
                {
                    FactSeed = DraftRequest.FactSeedOf(text),
                };
                var scores = run.Library.Facts(request);
                var markdown = run.Library.Compose(request).Markdown.ToLowerInvariant();
                read++;
                var tech = scores.Value("dim_tech");
                if (Says(markdown, "strongest", "least of the constraints") && Dimensions.Any(d => scores.Value("dim_" + d) > tech))
                {
                    wrong.Add($"{facts.Client}, seed {seed}: technical infrastructure ({tech}) is called the strongest, but {Top(scores)} scores higher");
                }
            }
        }

        Assert.True(read >= 300, $"only {read} drafts read");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    private static bool Says(string markdown, params string[] phrases) => phrases.Any(p => markdown.Contains(p, StringComparison.Ordinal));

    private static string Top(FactBase scores) =>
        Dimensions.OrderByDescending(d => scores.Value("dim_" + d)).First();
}
