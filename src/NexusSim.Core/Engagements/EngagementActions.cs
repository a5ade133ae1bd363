using System.Globalization;
using NexusSim.Core.Determinism;
using NexusSim.Core.Gates;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using static NexusSim.Core.Engagements.ArgumentReader;

namespace NexusSim.Core.Engagements;

/// <summary>
/// The bodies of the firm's actions: what each does to the engagement once the policy engine has
/// allowed it. Each returns the text the caller (a model or a protocol) sees, and records an audit
/// event. Bad arguments throw <see cref="ActionArgumentException"/> and change nothing.
/// </summary>
public sealed class EngagementActions
{
    private readonly EngagementState _state;

    /// <summary>Actions on <paramref name="state"/>.</summary>
    public EngagementActions(EngagementState state) => _state = state ?? throw new ArgumentNullException(nameof(state));

    /// <summary>Runs the body of <paramref name="call"/>'s action.</summary>
    public string Execute(ActionCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var args = call.Arguments;
        var (result, subject) = call.ActionId switch
        {
            ActionIds.AcceptEngagement => AcceptEngagement(call.ActorId, args),
            ActionIds.AssignTask => AssignTask(args),
            ActionIds.SubmitDeliverable => Submit(call, args),
            ActionIds.RecordGateVerdict => RecordVerdict(call.ActorId, args),
            ActionIds.RequestApproval => RequestApproval(call.ActorId, args),
            ActionIds.Approve => Decide(call.ActorId, args, approved: true),
            ActionIds.Reject => Decide(call.ActorId, args, approved: false),
            ActionIds.ReleaseToClient => Release(args),
            ActionIds.Escalate => new EscalationActions(_state).Escalate(call.ActorId, args, call.Recorder),
            ActionIds.ResolveEscalation => new EscalationActions(_state).Resolve(call.ActorId, args, call.Recorder),
            ActionIds.CommitBudget => CommitBudget(args),
            ActionIds.DefineTerm => DefineTerm(args),
            _ => throw new ActionArgumentException($"'{call.ActionId}' is not an action of this firm."),
        };
        call.Recorder.Record(call.ActorId, call.ActionId, "executed", result, subject);
        return result;
    }

    private (string, string?) AcceptEngagement(string actor, IReadOnlyDictionary<string, object?> args)
    {
        var line = Text(args, ActionArgs.ServiceLine);
        if (line != _state.ServiceLine.Id)
        {
            throw new ActionArgumentException($"This engagement is for service line '{_state.ServiceLine.Id}', not '{line}'.");
        }

        var fee = Amount(args, ActionArgs.AmountUsd);
        _state.Accept(actor, fee);
        // Reached with an out-of-band fee only when the pricing domain's owner accepts it (intake.out_of_band: escalate)
        // or authority only records: either way the trail says the fee is outside the band, not just its amount.
        var outOfBand = Authority.PriceBandCheck.OutOfBand(_state.ServiceLine, fee) is { } why ? $" Out of band: {why}." : string.Empty;
        return (Invariant($"Accepted the {_state.ServiceLine.Name} engagement for {_state.Brief.Client} at ${fee:N0}.{outOfBand}"), line);
    }

    private (string, string?) AssignTask(IReadOnlyDictionary<string, object?> args)
    {
        var assignee = Text(args, ActionArgs.Assignee);
        if (_state.Manifest.FindActor(assignee) is null)
        {
            throw new ActionArgumentException($"'{assignee}' is not an actor of this firm.");
        }

        var deliverable = RequireDeliverable(args);
        return ($"Assigned {Text(args, ActionArgs.Task)} on {deliverable.Type.Name} to {assignee}.", deliverable.Id);
    }

    private (string, string?) Submit(ActionCall call, IReadOnlyDictionary<string, object?> args)
    {
        var deliverable = RequireDeliverable(args);
        var content = Text(args, ActionArgs.Content);
        var hash = StableHash.HexOfText(content);
        if (deliverable.Current is { } current && current.ContentHash == hash)
        {
            _state.SubmitUnchanged(deliverable.Id, call.ActorId);
            return (Invariant($"No change: the content is identical to {deliverable.Type.Name} version {current.Number}, so no new version was made (version_hash {hash})."), Invariant($"{deliverable.Id}/v{current.Number}"));
        }

        var version = _state.SubmitVersion(deliverable.Id, hash, content, call.ActorId, OptionalText(args, ActionArgs.Summary) ?? string.Empty);
        call.Recorder.AddArtifact(new ArtifactRecord(_state.RunId, Invariant($"{deliverable.Id}/v{version.Number}"), deliverable.Id, version.Number, hash, content, "text/markdown"));
        return (Invariant($"Submitted {deliverable.Type.Name} version {version.Number}; version_hash {hash}."), Invariant($"{deliverable.Id}/v{version.Number}"));
    }

    private (string, string?) RecordVerdict(string actor, IReadOnlyDictionary<string, object?> args)
    {
        var deliverable = RequireDeliverable(args);
        var gateId = Text(args, ActionArgs.GateId);
        if (!deliverable.Type.Gates.Contains(gateId, StringComparer.Ordinal))
        {
            throw new ActionArgumentException($"{deliverable.Type.Name} does not pass gate '{gateId}'; its gates are {string.Join(", ", deliverable.Type.Gates)}.");
        }

        var current = RequireCurrent(deliverable, args);
        var verdictText = Text(args, ActionArgs.Verdict);
        var issues = GateIssueText.Parse(OptionalText(args, ActionArgs.Issues) ?? string.Empty).ToList();
        var evidence = OptionalText(args, ActionArgs.Evidence) ?? string.Empty;
        var verdict = verdictText.ToLowerInvariant() switch
        {
            "pass" => GateVerdict.Pass,
            "needs_work" or "needs-work" or "needs work" => GateVerdict.NeedsWork,
            _ => throw new ActionArgumentException($"Argument 'verdict' must be pass or needs_work, not '{verdictText}'."),
        };
        // A human's verdict is their own accountable decision; an agent's pass must cite its evidence.
        if (verdict == GateVerdict.Pass && _state.Manifest.RequireReviewEvidence && _state.Manifest.FindActor(actor)?.IsHuman != true && !ReviewEvidence.Cites(evidence, current.Markdown))
        {
            verdict = GateVerdict.NeedsWork;
            issues.Add(ReviewEvidence.IssueAt(gateId));
        }

        var attempt = deliverable.AttemptsAt(gateId) + 1;
        _state.RecordVerdict(deliverable.Id, new GateVerdictRecord(gateId, attempt, current.ContentHash, actor, verdict, evidence, issues));
        var word = verdict == GateVerdict.Pass ? "pass" : "needs_work";
        return (Invariant($"Recorded {word} at {gateId} (attempt {attempt}) for {deliverable.Type.Name} version {current.Number}."), deliverable.Id);
    }

    private (string, string?) RequestApproval(string actor, IReadOnlyDictionary<string, object?> args)
    {
        var deliverable = RequireDeliverable(args);
        var current = RequireCurrent(deliverable, args);
        _state.RequestApproval(deliverable.Id, actor);
        return (Invariant($"Requested approval of {deliverable.Type.Name} version {current.Number} ({current.ContentHash})."), deliverable.Id);
    }

    private (string, string?) Decide(string actor, IReadOnlyDictionary<string, object?> args, bool approved)
    {
        var deliverable = RequireDeliverable(args);
        var current = RequireCurrent(deliverable, args);
        var reason = Text(args, ActionArgs.Reason);
        // A rejection's reason may list what is wrong as a gate's issues are written, each quoting its words.
        var issues = approved ? [] : GateIssueText.Parse(reason);
        _state.RecordApproval(deliverable.Id, new ApprovalRecord(actor, current.ContentHash, approved, reason) { Issues = issues });
        return (Invariant($"{(approved ? "Approved" : "Rejected")} {deliverable.Type.Name} version {current.Number} ({current.ContentHash}): {reason}"), deliverable.Id);
    }

    private (string, string?) Release(IReadOnlyDictionary<string, object?> args)
    {
        var deliverable = RequireDeliverable(args);
        var current = RequireCurrent(deliverable, args);
        _state.Release(deliverable.Id, current.ContentHash);
        return (Invariant($"Released {deliverable.Type.Name} version {current.Number} to {_state.Brief.Client}."), deliverable.Id);
    }

    private (string, string?) CommitBudget(IReadOnlyDictionary<string, object?> args)
    {
        var amount = Amount(args, ActionArgs.AmountUsd);
        _state.CommitBudget(amount);
        return (Invariant($"Committed ${amount:N0} for {Text(args, ActionArgs.Reason)}."), null);
    }

    private (string, string?) DefineTerm(IReadOnlyDictionary<string, object?> args)
    {
        var term = Text(args, ActionArgs.Term);
        var definition = Text(args, ActionArgs.Definition);
        var previous = _state.DefineTerm(term, definition);
        return previous is null || previous == definition
            ? ($"Defined '{term}'.", term)
            : ($"Redefined '{term}' (it was: {previous}).", term);
    }

    /// <summary>Records a denied action and, when the manifest escalates denials, its escalation notice; returns the notice as recorded.</summary>
    public EscalationRecord? RecordDenial(DeniedAction denial, EscalationRecord? escalation)
    {
        ArgumentNullException.ThrowIfNull(denial);
        _state.AddDenial(denial);
        return escalation is null ? null : _state.AddEscalation(escalation);
    }

    /// <summary>Records that the reviewer of <paramref name="verdict"/>'s gate gave no verdict: a needs-work verdict, never a pass.</summary>
    public void RecordMissingVerdict(string deliverableId, GateVerdictRecord verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Verdict == GateVerdict.Pass)
        {
            throw new ArgumentException("A missing verdict is recorded as needs work, never as a pass.", nameof(verdict));
        }

        _state.RecordVerdict(deliverableId, verdict);
    }

    /// <summary>Records a handoff between chain steps (no derived state depends on it).</summary>
    public void RecordHandoff(HandoffRecord handoff) => _state.AddHandoff(handoff ?? throw new ArgumentNullException(nameof(handoff)));

    private DeliverableState RequireDeliverable(IReadOnlyDictionary<string, object?> args)
    {
        var id = Text(args, ActionArgs.DeliverableId);
        return _state.FindDeliverable(id)
            ?? throw new ActionArgumentException($"This engagement has no deliverable '{id}'; it has {string.Join(", ", _state.ServiceLine.Deliverables)}.");
    }

    private static DeliverableVersion RequireCurrent(DeliverableState deliverable, IReadOnlyDictionary<string, object?> args)
    {
        var current = deliverable.Current ?? throw new ActionArgumentException($"{deliverable.Type.Name} has no version yet.");
        var named = OptionalText(args, ActionArgs.VersionHash);
        return named is null || named == current.ContentHash
            ? current
            : throw new ActionArgumentException($"Version {named} is not the current version of {deliverable.Type.Name} ({current.ContentHash}).");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
