using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The state of one engagement: its deliverables, handoffs, escalations, denials, terms and
/// commitments. Every change goes through a method here, under one lock, so actions run by
/// concurrent turns stay consistent.
/// </summary>
public sealed class EngagementState
{
    private readonly object _sync = new();
    private readonly Dictionary<string, DeliverableState> _deliverables;
    private readonly List<HandoffRecord> _handoffs = [];
    private readonly List<EscalationRecord> _escalations = [];
    private readonly List<DeniedAction> _denials = [];
    private readonly Dictionary<string, string> _terms = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Starts an engagement of <paramref name="serviceLine"/> for <paramref name="brief"/>.</summary>
    public EngagementState(string runId, FirmManifest manifest, Brief brief, ServiceLine serviceLine, ulong seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(serviceLine);
        RunId = runId;
        Manifest = manifest;
        Brief = brief;
        ServiceLine = serviceLine;
        Seed = seed;
        _deliverables = serviceLine.Deliverables.ToDictionary(id => id, id => new DeliverableState(manifest.DeliverableType(id)), StringComparer.Ordinal);
    }

    /// <summary>The run id.</summary>
    public string RunId { get; }

    /// <summary>The firm.</summary>
    public FirmManifest Manifest { get; }

    /// <summary>The client's brief.</summary>
    public Brief Brief { get; }

    /// <summary>The engagement's service line.</summary>
    public ServiceLine ServiceLine { get; }

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; }

    /// <summary>Who accepted the engagement, or null before intake.</summary>
    public string? AcceptedBy { get; private set; }

    /// <summary>The agreed fee, once accepted.</summary>
    public decimal? FeeUsd { get; private set; }

    /// <summary>Budget committed so far.</summary>
    public decimal CommittedBudgetUsd { get; private set; }

    /// <summary>Deliverables in the service line's order.</summary>
    public IReadOnlyList<DeliverableState> Deliverables
    {
        get
        {
            lock (_sync)
            {
                return [.. ServiceLine.Deliverables.Select(id => _deliverables[id])];
            }
        }
    }

    /// <summary>Handoffs so far.</summary>
    public IReadOnlyList<HandoffRecord> Handoffs => Snapshot(_handoffs);

    /// <summary>Escalations so far.</summary>
    public IReadOnlyList<EscalationRecord> Escalations => Snapshot(_escalations);

    /// <summary>Denied actions so far.</summary>
    public IReadOnlyList<DeniedAction> Denials => Snapshot(_denials);

    /// <summary>Shared terms defined during the engagement.</summary>
    public IReadOnlyDictionary<string, string> Terms
    {
        get
        {
            lock (_sync)
            {
                return new Dictionary<string, string>(_terms, StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The deliverable with this id, or null when the engagement has none.</summary>
    public DeliverableState? FindDeliverable(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_sync)
        {
            return _deliverables.GetValueOrDefault(id);
        }
    }

    /// <summary>Records that <paramref name="actor"/> accepted the engagement at <paramref name="feeUsd"/>.</summary>
    public void Accept(string actor, decimal feeUsd) => Mutate(() => (AcceptedBy, FeeUsd) = (actor, feeUsd));

    /// <summary>Adds a version of a deliverable; earlier gate passes and approvals no longer apply.</summary>
    public DeliverableVersion SubmitVersion(string deliverableId, string contentHash, string markdown, string actor, string summary) =>
        Mutate(() => Require(deliverableId).AddVersion(contentHash, markdown, actor, summary));

    /// <summary>Records a gate verdict.</summary>
    public void RecordVerdict(string deliverableId, GateVerdictRecord verdict) => Mutate(() => Require(deliverableId).AddVerdict(verdict));

    /// <summary>Marks the version with <paramref name="contentHash"/> as having passed every blocking review gate.</summary>
    public void MarkGatesPassed(string deliverableId, string contentHash) => Mutate(() =>
    {
        var deliverable = Require(deliverableId);
        deliverable.GatesPassedHash = contentHash;
        deliverable.Status = DeliverableStatus.GatesPassed;
    });

    /// <summary>Records who asked for approval of the current version.</summary>
    public void RequestApproval(string deliverableId, string requester) => Mutate(() => Require(deliverableId).ApprovalRequester = requester);

    /// <summary>Records a sign-off or refusal bound to a version hash.</summary>
    public void RecordApproval(string deliverableId, ApprovalRecord approval) => Mutate(() =>
    {
        var deliverable = Require(deliverableId);
        deliverable.Approval = approval;
        deliverable.Status = approval.Approved ? DeliverableStatus.Approved : DeliverableStatus.Rejected;
    });

    /// <summary>Records the release of the version with <paramref name="contentHash"/>.</summary>
    public void Release(string deliverableId, string contentHash) => Mutate(() =>
    {
        var deliverable = Require(deliverableId);
        deliverable.ReleasedHash = contentHash;
        deliverable.Status = DeliverableStatus.Released;
    });

    /// <summary>Marks a deliverable as escalated after its gate caps.</summary>
    public void MarkEscalated(string deliverableId) => Mutate(() => Require(deliverableId).Status = DeliverableStatus.Escalated);

    /// <summary>Adds a handoff.</summary>
    public void AddHandoff(HandoffRecord handoff) => Mutate(() => _handoffs.Add(handoff));

    /// <summary>Adds an escalation.</summary>
    public void AddEscalation(EscalationRecord escalation) => Mutate(() => _escalations.Add(escalation));

    /// <summary>Adds a denial.</summary>
    public void AddDenial(DeniedAction denial) => Mutate(() => _denials.Add(denial));

    /// <summary>Defines (or redefines) a shared term; returns the previous definition, if any.</summary>
    public string? DefineTerm(string term, string definition) => Mutate(() =>
    {
        _terms.TryGetValue(term, out var previous);
        _terms[term] = definition;
        return previous;
    });

    /// <summary>Adds to the committed budget.</summary>
    public void CommitBudget(decimal amountUsd) => Mutate(() => CommittedBudgetUsd += amountUsd);

    private DeliverableState Require(string deliverableId) =>
        _deliverables.GetValueOrDefault(deliverableId)
        ?? throw new KeyNotFoundException($"This engagement has no deliverable '{deliverableId}'.");

    private void Mutate(Action change) => Mutate(() =>
    {
        change();
        return 0;
    });

    private T Mutate<T>(Func<T> change)
    {
        lock (_sync)
        {
            return change();
        }
    }

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (_sync)
        {
            return [.. items];
        }
    }
}
