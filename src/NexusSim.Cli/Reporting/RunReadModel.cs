using NexusSim.Core.Journal;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Reporting;

/// <summary>
/// A finished run as a report reads it, loaded from its run folder by <see cref="RunReadModelLoader"/>:
/// the run row, the facts step, every turn with its lane, simulated times and tokens, every version's
/// content and the audit trail. Renderers (the HTML report, later an experiment report) read only this.
/// </summary>
internal sealed record RunReadModel(
    string RunId,
    string Status,
    ulong Seed,
    string Protocol,
    string ServiceLine,
    RunFacts Facts,
    IReadOnlyList<TurnStepResult> Turns,
    IReadOnlyList<ArtifactRecord> Artifacts,
    IReadOnlyList<AuditFact> Audit)
{
    /// <summary>The content of version <paramref name="number"/> of <paramref name="deliverableId"/>, or null.</summary>
    public string? Content(string deliverableId, int number) =>
        Artifacts.FirstOrDefault(a => a.DeliverableId == deliverableId && a.Version == number)?.Content;

    /// <summary>The actor's display name, or the id when the firm does not know it.</summary>
    public string NameOf(string actorId) => Facts.Actors.FirstOrDefault(a => a.Id == actorId)?.Name ?? actorId;
}
