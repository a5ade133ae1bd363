using System.Text.Json.Serialization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Metrics;

/// <summary>How the run's escalations ended, for summary.json: raised, decided by outcome, unresolved, and notices of denials.</summary>
public sealed record EscalationTally
{
    [JsonPropertyName("raised")] public int Raised { get; init; }
    [JsonPropertyName("unresolved")] public int Unresolved { get; init; }
    [JsonPropertyName("denial_notices")] public int DenialNotices { get; init; }
    [JsonPropertyName(EscalationOutcomeIds.MoreAttempts)] public int MoreAttempts { get; init; }
    [JsonPropertyName(EscalationOutcomeIds.Reassigned)] public int Reassigned { get; init; }
    [JsonPropertyName(EscalationOutcomeIds.AcceptedWithCaveat)] public int AcceptedWithCaveat { get; init; }
    [JsonPropertyName(EscalationOutcomeIds.Descoped)] public int Descoped { get; init; }
    [JsonPropertyName(EscalationOutcomeIds.EscalatedFurther)] public int EscalatedFurther { get; init; }

    /// <summary>The tally of <paramref name="state"/>'s escalations.</summary>
    public static EscalationTally Of(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var escalations = state.Escalations;
        var resolutions = state.Resolutions;
        int Count(EscalationOutcome outcome) => resolutions.Count(r => r.Outcome == outcome);
        return new EscalationTally
        {
            Raised = escalations.Count,
            Unresolved = state.UnresolvedEscalations.Count,
            DenialNotices = escalations.Count(e => !e.NeedsDecision),
            MoreAttempts = Count(EscalationOutcome.MoreAttempts),
            Reassigned = Count(EscalationOutcome.Reassign),
            AcceptedWithCaveat = Count(EscalationOutcome.AcceptWithCaveat),
            Descoped = Count(EscalationOutcome.Descope),
            EscalatedFurther = Count(EscalationOutcome.EscalateFurther),
        };
    }
}
