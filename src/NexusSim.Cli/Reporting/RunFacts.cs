using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// What a report needs from a finished run that the journal's other rows do not hold: the firm's
/// people and reporting lines, gate and deliverable names, each deliverable's gate record with its
/// issues, denials, escalations with their decisions, and the price table. Committed to run.db as one last step.
/// </summary>
internal sealed record RunFacts(
    string Firm,
    string ServiceLineName,
    string? AcceptedBy,
    decimal? FeeUsd,
    BriefFacts Brief,
    IReadOnlyList<ActorFacts> Actors,
    IReadOnlyDictionary<string, string> GateNames,
    IReadOnlyList<DeliverableFacts> Deliverables,
    IReadOnlyList<DeniedAction> Denials,
    IReadOnlyList<EscalationRecord> Escalations,
    IReadOnlyDictionary<string, ModelPrice> Prices,
    IReadOnlyList<EscalationResolution>? Resolutions = null);
