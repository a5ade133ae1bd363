using NexusSim.Core.Authority;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The state of one deliverable of an engagement. Mutated only through <see cref="EngagementState"/>'s
/// internal methods, which only the action bodies call. "Gates passed" and the status are derived from
/// the recorded verdicts, decisions and escalations, never set.
/// </summary>
public sealed class DeliverableState
{
    private readonly List<DeliverableVersion> _versions = [];
    private readonly List<string> _authors = [];
    private readonly List<string> _contributors = [];
    private readonly List<GateVerdictRecord> _verdicts = [];
    private readonly List<DeliverableWaiver> _waivers = [];
    private readonly List<ApprovalRecord> _decisions = [];
    private readonly IReadOnlyList<string> _blockingReviewGates;

    internal DeliverableState(DeliverableType type, IReadOnlyList<string> blockingReviewGates)
    {
        Type = type;
        _blockingReviewGates = blockingReviewGates;
        _authors.Add(type.Author);
        _contributors.Add(type.Author);
    }

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

    /// <summary>Acceptances with recorded caveats.</summary>
    public IReadOnlyList<DeliverableWaiver> Waivers => _waivers;

    /// <summary>
    /// The acceptances with caveats bound to the current version, in the order recorded (none before the
    /// first draft): the caveats that version carries, released or not. A caveat on an earlier version
    /// does not carry over to a later one.
    /// </summary>
    public IReadOnlyList<DeliverableWaiver> CurrentWaivers => Current is { } current ? [.. _waivers.Where(w => w.VersionHash == current.ContentHash)] : [];

    /// <summary>
    /// Content hash of the newest version whose every blocking review gate has a pass recorded on
    /// exactly that content (or an acceptance with caveats bound to it); null when none has.
    /// Derived from the verdicts: nothing sets it.
    /// </summary>
    public string? GatesPassedHash => _versions.LastOrDefault(v => PassedOn(v.ContentHash))?.ContentHash;

    /// <summary>True when the current version passed every blocking review gate.</summary>
    public bool CurrentPassed => Current is { } current && GatesPassedHash == current.ContentHash;

    /// <summary>Who asked for approval of the current version, or null.</summary>
    public string? ApprovalRequester { get; internal set; }

    /// <summary>The human's decision on the current version (the last one, bound to its hash), or null.</summary>
    public ApprovalRecord? Approval { get; private set; }

    /// <summary>
    /// Every approve or reject on any of its versions, in order: the attempts at its approval gate (a rejection
    /// reworked on the same content leaves the version, and so <see cref="Approval"/>, to the last decision only).
    /// </summary>
    public IReadOnlyList<ApprovalRecord> Decisions => _decisions;

    /// <summary>Content hash of the released version, or null.</summary>
    public string? ReleasedHash { get; internal set; }

    /// <summary>
    /// Everyone who has been its author: its type's author, then each agent an escalation's decision
    /// reassigned it to, in order. Separation of duties holds against all of them.
    /// </summary>
    public IReadOnlyList<string> Authors => _authors;

    /// <summary>
    /// Everyone who worked on it: its type's author, then each agent who submitted it (an integration or a
    /// format edit) or had it reassigned to them, in the order they first did. A submission that changed nothing counts:
    /// an editor who found nothing to change has still done the pass and signed the text off as it stood.
    /// </summary>
    public IReadOnlyList<string> Contributors => _contributors;

    /// <summary>The parties separation of duties keeps apart from an actor acting on it: its authors, contributors and approval requester.</summary>
    public ActionFacts Parties => new()
    {
        DeliverableAuthor = CurrentAuthor,
        DeliverableAuthors = Authors,
        DeliverableContributors = Contributors,
        Requester = ApprovalRequester,
    };

    /// <summary>Who writes its next version: the last agent it was reassigned to, or its type's author.</summary>
    public string CurrentAuthor => _authors[^1];

    /// <summary>True once an escalation's decision descoped it.</summary>
    public bool Descoped { get; internal set; }

    /// <summary>The id of the escalation waiting for a decision, or null.</summary>
    public string? OpenEscalation { get; internal set; }

    /// <summary>True when the deliverable is done: released if client-facing; its blocking gates passed if internal.</summary>
    public bool Done => Type.ClientFacing ? ReleasedHash is not null : CurrentPassed;

    internal void Reassign(string actorId)
    {
        _authors.Add(actorId);
        AddSubmitter(actorId);
    }

    /// <summary>Status, derived.</summary>
    public DeliverableStatus Status => this switch
    {
        { ReleasedHash: not null } => DeliverableStatus.Released,
        { Descoped: true } => DeliverableStatus.Descoped,
        { OpenEscalation: not null } => DeliverableStatus.Escalated,
        { Approval: { Approved: false } a } when a.VersionHash == Current?.ContentHash => DeliverableStatus.Rejected,
        { Approval: { Approved: true } a } when a.VersionHash == Current?.ContentHash => DeliverableStatus.Approved,
        { CurrentPassed: true } => DeliverableStatus.GatesPassed,
        { Current: not null } => DeliverableStatus.InProgress,
        _ => DeliverableStatus.Planned,
    };

    /// <summary>Attempts so far at a gate (verdicts recorded for it).</summary>
    public int AttemptsAt(string gateId) => _verdicts.Count(v => v.GateId == gateId);

    /// <summary>True when <paramref name="gateId"/> has a pass recorded on the content <paramref name="contentHash"/>.</summary>
    public bool PassedGate(string gateId, string contentHash) =>
        _verdicts.Any(v => v.GateId == gateId && v.VersionHash == contentHash && v.Verdict == GateVerdict.Pass);

    private bool PassedOn(string hash) =>
        _waivers.Any(w => w.VersionHash == hash) || _blockingReviewGates.All(g => PassedGate(g, hash));

    // A step that does not change the content creates no new version: the passes on it stand.
    internal void AddSubmitter(string actorId)
    {
        if (!_contributors.Contains(actorId, StringComparer.Ordinal))
        {
            _contributors.Add(actorId);
        }
    }

    internal DeliverableVersion AddVersion(string contentHash, string markdown, string submittedBy, string summary)
    {
        if (Current is { } current && current.ContentHash == contentHash)
        {
            return current;
        }

        var version = new DeliverableVersion(_versions.Count + 1, contentHash, markdown, submittedBy, summary);
        _versions.Add(version);
        AddSubmitter(submittedBy);
        Approval = null;
        ApprovalRequester = null;
        return version;
    }

    internal void AddVerdict(GateVerdictRecord verdict) => _verdicts.Add(verdict);

    internal void AddDecision(ApprovalRecord decision)
    {
        var recorded = decision with { VerdictsBefore = _verdicts.Count };
        _decisions.Add(recorded);
        Approval = recorded;
    }

    internal void AddWaiver(DeliverableWaiver waiver) => _waivers.Add(waiver);
}
