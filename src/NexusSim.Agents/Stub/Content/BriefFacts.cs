using NexusSim.Core.Briefs;

namespace NexusSim.Agents.Stub.Content;

/// <summary>The facts of a client brief the content library writes about (the brief's text is untrusted).</summary>
/// <param name="Client">Client name.</param>
/// <param name="Industry">Client industry.</param>
/// <param name="Region">Where the client operates.</param>
/// <param name="Headcount">Number of employees.</param>
/// <param name="Situation">The client's situation, in the client's words.</param>
/// <param name="StalledPilot">The AI pilot that stalled and why.</param>
/// <param name="Constraints">Constraints (regulation, timing, budget, politics).</param>
/// <param name="BudgetUsd">The client's programme budget, in US dollars (not the engagement's fee).</param>
public sealed record BriefFacts(
    string Client,
    string Industry,
    string Region,
    int Headcount,
    string Situation,
    string StalledPilot,
    IReadOnlyList<string> Constraints,
    decimal BudgetUsd)
{
    /// <summary>The engagement's fee (<c>fee_usd</c>), or null when the brief does not state one.</summary>
    public decimal? FeeUsd { get; init; }

    /// <summary>The facts of a loaded brief.</summary>
    public static BriefFacts From(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return new BriefFacts(
            brief.Client,
            brief.Industry,
            brief.Region,
            brief.Headcount,
            brief.Situation,
            brief.StalledPilot,
            brief.Constraints,
            brief.BudgetUsd)
        {
            FeeUsd = brief.FeeUsd,
        };
    }
}
