using System.Globalization;
using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The state of one engagement: its deliverables, handoffs, escalations, denials, terms and
/// commitments. Every change goes through an internal method here, under one lock, so actions run
/// by concurrent turns stay consistent; outside Core only the action bodies
/// (<see cref="EngagementActions"/>) reach them, so there is one path for state.
/// </summary>
public sealed class EngagementState
{
    private readonly object _sync = new();
    private readonly Dictionary<string, DeliverableState> _deliverables;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<DeliverableState> _ordered;
    private readonly List<HandoffRecord> _handoffs = [];
    private readonly List<EscalationRecord> _escalations = [];
    private readonly List<EscalationResolution> _resolutions = [];
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
        _deliverables = serviceLine.Deliverables.ToDictionary(id => id, id => NewDeliverable(manifest, id), StringComparer.Ordinal);
        _ordered = Array.AsReadOnly([.. serviceLine.Deliverables.Select(id => _deliverables[id])]);
    }

    /// <summary>The run id.</summary>
    public string RunId { get; }

    /// <summary>Roles the protocol gave actors (a manager who only delegates); the authority check reads them.</summary>
    public ProtocolRoles Roles { get; } = new();

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

    /// <summary>Deliverables in the service line's order (the same states for the engagement's life: a deliverable changes within its state).</summary>
    public IReadOnlyList<DeliverableState> Deliverables => _ordered;

    /// <summary>Handoffs so far.</summary>
    public IReadOnlyList<HandoffRecord> Handoffs => Snapshot(_handoffs);

    /// <summary>Escalations so far.</summary>
    public IReadOnlyList<EscalationRecord> Escalations => Snapshot(_escalations);

    /// <summary>Decisions on escalations so far.</summary>
    public IReadOnlyList<EscalationResolution> Resolutions => Snapshot(_resolutions);

    /// <summary>Escalations that need a decision and have none (an escalation decided by escalating further counts as decided; its continuation may not be).</summary>
    public IReadOnlyList<EscalationRecord> UnresolvedEscalations
    {
        get
        {
            lock (_sync)
            {
                return [.. _escalations.Where(e => e.NeedsDecision && !_resolutions.Any(r => r.EscalationId == e.Id))];
            }
        }
    }

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
    internal void Accept(string actor, decimal feeUsd) => Mutate(() => (AcceptedBy, FeeUsd) = (actor, feeUsd));

    /// <summary>Records <paramref name="actor"/>'s submission of the content <paramref name="deliverableId"/> already has.</summary>
    internal void SubmitUnchanged(string deliverableId, string actor) =>
        Mutate(() => Require(deliverableId).AddSubmitter(actor));

    /// <summary>Adds a version of a deliverable; earlier gate passes and approvals no longer apply.</summary>
    internal DeliverableVersion SubmitVersion(string deliverableId, string contentHash, string markdown, string actor, string summary) =>
        Mutate(() => Require(deliverableId).AddVersion(contentHash, markdown, actor, summary));

    /// <summary>Records a gate verdict.</summary>
    internal void RecordVerdict(string deliverableId, GateVerdictRecord verdict) => Mutate(() => Require(deliverableId).AddVerdict(verdict));

    /// <summary>Records who asked for approval of the current version.</summary>
    internal void RequestApproval(string deliverableId, string requester) => Mutate(() => Require(deliverableId).ApprovalRequester = requester);

    /// <summary>Records a sign-off or refusal bound to a version hash.</summary>
    internal void RecordApproval(string deliverableId, ApprovalRecord approval) => Mutate(() => Require(deliverableId).AddDecision(approval));

    /// <summary>Records the release of the version with <paramref name="contentHash"/>.</summary>
    internal void Release(string deliverableId, string contentHash) => Mutate(() =>
    {
        var deliverable = Require(deliverableId);
        deliverable.ReleasedHash = contentHash;
    });

    /// <summary>Adds a handoff.</summary>
    internal void AddHandoff(HandoffRecord handoff) => Mutate(() => _handoffs.Add(handoff));

    /// <summary>Adds an escalation, giving it the run's next id; a gate escalation opens on its deliverable.</summary>
    internal EscalationRecord AddEscalation(EscalationRecord escalation) => Mutate(() =>
    {
        var about = escalation.DeliverableId is { } subject ? _deliverables.GetValueOrDefault(subject) : null;
        var recorded = escalation with
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"esc-{_escalations.Count + 1:D3}"),
            VersionsSeen = about?.Versions.Count ?? 0,
            VerdictsSeen = about?.Verdicts.Count ?? 0,
            DecisionsSeen = about?.Decisions.Count ?? 0,
        };
        _escalations.Add(recorded);
        if (recorded.DeliverableId is { } id)
        {
            Require(id).OpenEscalation = recorded.Id;
        }

        return recorded;
    });

    /// <summary>
    /// Gives the recorded escalation <paramref name="id"/> the parts of the report the protocol built for it (its
    /// one-line reason, attempt history and root cause): the escalate action took the report as one text, which
    /// stays in its audit entry, and would otherwise be kept as the reason and the root cause both.
    /// </summary>
    internal EscalationRecord AttachReport(string id, EscalationRecord report) => Mutate(() =>
    {
        var index = _escalations.FindIndex(e => e.Id == id);
        _escalations[index] = _escalations[index] with { Reason = report.Reason, AttemptHistory = report.AttemptHistory, RootCause = report.RootCause };
        return _escalations[index];
    });

    /// <summary>The escalation with this id, or null.</summary>
    public EscalationRecord? FindEscalation(string id) => Mutate(() => _escalations.FirstOrDefault(e => e.Id == id));

    /// <summary>The decision on an escalation, or null while it is undecided.</summary>
    public EscalationResolution? ResolutionOf(string escalationId) => Mutate(() => _resolutions.FirstOrDefault(r => r.EscalationId == escalationId));

    /// <summary>Records the decision on an escalation and what it does to its deliverable.</summary>
    internal void Resolve(EscalationRecord escalation, EscalationResolution resolution) => Mutate(() =>
    {
        _resolutions.Add(resolution);
        if (escalation.DeliverableId is not { } id)
        {
            return;
        }

        var deliverable = Require(id);
        deliverable.OpenEscalation = null;
        if (resolution.Outcome == EscalationOutcome.Descope)
        {
            deliverable.Descoped = true;
        }
        else if (resolution is { Outcome: EscalationOutcome.Reassign, Assignee: { } assignee })
        {
            deliverable.Reassign(assignee);
        }
        else if (resolution.Outcome == EscalationOutcome.AcceptWithCaveat && deliverable.Current is { } current)
        {
            deliverable.AddWaiver(new DeliverableWaiver(current.ContentHash, resolution.DecidedBy, resolution.Reason, escalation.Id));
        }
    });

    /// <summary>Adds a denial.</summary>
    internal void AddDenial(DeniedAction denial) => Mutate(() => _denials.Add(denial));

    /// <summary>Defines (or redefines) a shared term; returns the previous definition, if any.</summary>
    internal string? DefineTerm(string term, string definition) => Mutate(() =>
    {
        _terms.TryGetValue(term, out var previous);
        _terms[term] = definition;
        return previous;
    });

    /// <summary>Adds to the committed budget.</summary>
    internal void CommitBudget(decimal amountUsd) => Mutate(() => CommittedBudgetUsd += amountUsd);

    private static DeliverableState NewDeliverable(FirmManifest manifest, string id)
    {
        var type = manifest.DeliverableType(id);
        // A gate the manifest does not define (validation rejects it) counts as blocking: it never passes unseen.
        var blocking = type.Gates.Where(id => manifest.Gates.FirstOrDefault(g => g.Id == id) is not { } gate || (gate.Kind == GateKind.Review && gate.Blocking)).ToList();
        return new DeliverableState(type, blocking);
    }

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
