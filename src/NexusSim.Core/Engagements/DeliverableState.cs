using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>The state of one deliverable of an engagement. Mutated only through <see cref="EngagementState"/>.</summary>
public sealed class DeliverableState
{
    private readonly List<DeliverableVersion> _versions = [];
    private readonly List<GateVerdictRecord> _verdicts = [];

    internal DeliverableState(DeliverableType type) => Type = type;

    /// <summary>The deliverable type (its id is the deliverable's id within the engagement).</summary>
    public DeliverableType Type { get; }

    /// <summary>The deliverable's id.</summary>
    public string Id => Type.Id;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<DeliverableVersion> Versions => _versions;

    /// <summary>The newest version, or null before the first draft.</summary>
    public DeliverableVersion? Current => _versions.Count == 0 ? null : _versions[^1];

    /// <summary>Every gate verdict, in the order recorded.</summary>
    public IReadOnlyList<GateVerdictRecord> Verdicts => _verdicts;

    /// <summary>Content hash of the version that passed every blocking review gate, or null.</summary>
    public string? GatesPassedHash { get; internal set; }

    /// <summary>Who asked for approval of the current version, or null.</summary>
    public string? ApprovalRequester { get; internal set; }

    /// <summary>The human sign-off, bound to a version hash, or null.</summary>
    public ApprovalRecord? Approval { get; internal set; }

    /// <summary>Content hash of the released version, or null.</summary>
    public string? ReleasedHash { get; internal set; }

    /// <summary>Status.</summary>
    public DeliverableStatus Status { get; internal set; } = DeliverableStatus.Planned;

    /// <summary>Attempts so far at a gate (verdicts recorded for it).</summary>
    public int AttemptsAt(string gateId) => _verdicts.Count(v => v.GateId == gateId);

    internal DeliverableVersion AddVersion(string contentHash, string markdown, string submittedBy, string summary)
    {
        var version = new DeliverableVersion(_versions.Count + 1, contentHash, markdown, submittedBy, summary);
        _versions.Add(version);
        GatesPassedHash = null;
        Approval = null;
        ApprovalRequester = null;
        Status = DeliverableStatus.InProgress;
        return version;
    }

    internal void AddVerdict(GateVerdictRecord verdict) => _verdicts.Add(verdict);
}
