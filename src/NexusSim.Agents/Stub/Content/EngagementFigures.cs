using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Figures every deliverable of one engagement must agree on, so they come from the brief alone
/// (never from a draft's seed): the readiness score, the maturity level and the metric baseline.
/// </summary>
internal sealed record EngagementFigures(double Readiness, string Maturity, int Baseline)
{
    private static readonly string[] Levels = ["Exploring", "Experimenting", "Operationalizing", "Scaling", "Leading"];

    public static EngagementFigures For(BriefFacts brief, IndustryProfile industry)
    {
        var random = DeterministicRandom.From(
            "engagement",
            brief.Client,
            brief.Industry,
            brief.Headcount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            brief.BudgetUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A client with a stalled pilot sits between Exploring and Experimenting.
        var readiness = Math.Round(1.6 + (random.Next(0, 14) / 10.0), 1);
        var level = Levels[Math.Clamp((int)Math.Floor(readiness) - 1, 0, Levels.Length - 1)];
        var baseline = random.Next(industry.BaselineMin, industry.BaselineMax + 1);
        return new EngagementFigures(readiness, level, baseline);
    }
}
