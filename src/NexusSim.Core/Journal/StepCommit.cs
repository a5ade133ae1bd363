using NexusSim.Core.Audit;

namespace NexusSim.Core.Journal;

/// <summary>
/// Everything one step changes, committed together or not at all: the step's result, the artifacts
/// it produced and the audit events that record it.
/// </summary>
/// <param name="RunId">The run's id.</param>
/// <param name="StepKey">The step's key, unique within the run.</param>
/// <param name="Kind">What kind of step it is.</param>
/// <param name="ResultJson">The step's result as JSON.</param>
/// <param name="Artifacts">Artifacts the step produced (each id new to the run).</param>
/// <param name="Events">Audit events, chained in this order after the run's last entry.</param>
public sealed record StepCommit(
    string RunId,
    string StepKey,
    string Kind,
    string ResultJson,
    IReadOnlyList<ArtifactRecord> Artifacts,
    IReadOnlyList<AuditEvent> Events)
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the step has no key or kind, or when one of its
    /// artifacts or events names another run. Journals call this before writing anything.
    /// </summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(RunId);
        ArgumentException.ThrowIfNullOrWhiteSpace(StepKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(Kind);
        ArgumentNullException.ThrowIfNull(ResultJson);
        ArgumentNullException.ThrowIfNull(Artifacts);
        ArgumentNullException.ThrowIfNull(Events);
        foreach (var artifact in Artifacts)
        {
            ArgumentNullException.ThrowIfNull(artifact);
            if (!string.Equals(artifact.RunId, RunId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Artifact '{artifact.ArtifactId}' names run '{artifact.RunId}', not '{RunId}'.", nameof(Artifacts));
            }
        }

        foreach (var auditEvent in Events)
        {
            ArgumentNullException.ThrowIfNull(auditEvent);
            if (!string.Equals(auditEvent.RunId, RunId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"An audit event names run '{auditEvent.RunId}', not '{RunId}'.", nameof(Events));
            }
        }
    }
}
