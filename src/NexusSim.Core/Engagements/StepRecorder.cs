using NexusSim.Core.Audit;
using NexusSim.Core.Journal;
using NexusSim.Core.Time;

namespace NexusSim.Core.Engagements;

/// <summary>
/// Collects what one step changes (audit events and artifacts) so the step commits them in one
/// journal transaction. Events are stamped with the step's lane time on the simulated clock.
/// </summary>
public sealed class StepRecorder
{
    private readonly object _sync = new();
    private readonly List<AuditEvent> _events = [];
    private readonly List<ArtifactRecord> _artifacts = [];
    private readonly SimulatedClock _clock;

    /// <summary>Starts recording step <paramref name="stepKey"/> of run <paramref name="runId"/>.</summary>
    public StepRecorder(string runId, string stepKey, string kind, string lane, SimulatedClock clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(stepKey);
        ArgumentNullException.ThrowIfNull(clock);
        RunId = runId;
        StepKey = stepKey;
        Kind = kind;
        Lane = lane;
        _clock = clock;
    }

    /// <summary>The run.</summary>
    public string RunId { get; }

    /// <summary>The step's journal key.</summary>
    public string StepKey { get; }

    /// <summary>The step's kind.</summary>
    public string Kind { get; }

    /// <summary>The step's lane on the simulated clock.</summary>
    public string Lane { get; }

    /// <summary>Events recorded so far.</summary>
    public IReadOnlyList<AuditEvent> Events
    {
        get
        {
            lock (_sync)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Records an audit event caused by this step.</summary>
    public void Record(string actor, string action, string outcome, string reason, string? subject = null, IReadOnlyDictionary<string, string>? data = null, string? recipient = null)
    {
        var auditEvent = new AuditEvent(
            RunId, _clock.Now(Lane), actor, action, outcome, reason, subject,
            data ?? new Dictionary<string, string>(), StepKey, recipient);
        lock (_sync)
        {
            _events.Add(auditEvent);
        }
    }

    /// <summary>Adds an artifact produced by this step.</summary>
    public void AddArtifact(ArtifactRecord artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        lock (_sync)
        {
            _artifacts.Add(artifact);
        }
    }

    /// <summary>The step as one journal commit.</summary>
    public StepCommit ToCommit(string resultJson)
    {
        lock (_sync)
        {
            return new StepCommit(RunId, StepKey, Kind, resultJson, [.. _artifacts], [.. _events]);
        }
    }
}
