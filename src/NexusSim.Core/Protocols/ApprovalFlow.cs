using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// A human's approve step and its approval gate: the requester (the nearest earlier agent step's
/// actor) asks, the step's human decides through the approver on the exact version, and an approved
/// client-facing version is released. A rejection sends the work back to the author with the
/// human's reason, the review gates run again on the new content, and the human decides again, up
/// to the gate's <c>max_attempts</c>; then its <c>on_fail</c> applies (escalate, or stop). An
/// escalation accepted with caveats puts the same version before the human once more; a second
/// rejection then stops the deliverable.
/// Every step is an action through the same choke point an agent's tool call uses.
/// </summary>
internal sealed class ApprovalFlow
{
    private readonly DeliverableRun _run;

    public ApprovalFlow(DeliverableRun run) => _run = run;

    /// <summary>True when the deliverable was approved (and released, if client-facing).</summary>
    public async Task<bool> RunAsync(int stepIndex, CancellationToken cancellationToken)
    {
        var step = _run.Chain.Steps[stepIndex];
        var manifest = _run.Session.State.Manifest;
        var gate = step.Gates.Select(manifest.Gate).FirstOrDefault(g => g.Kind == GateKind.Approval);
        var rejections = 0;
        var accepted = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var human = step.ActorFor(rejections + 1);
            var decision = await DecideAsync(human, Requester(stepIndex), cancellationToken).ConfigureAwait(false);
            if (decision is null)
            {
                return false;
            }

            if (decision.Approved)
            {
                return await ReleaseAsync(human, decision.VersionHash, cancellationToken).ConfigureAwait(false);
            }

            rejections++;
            // What the human found, each issue quoting its words, goes to the author as a reviewer's would; a
            // reason about the whole version quotes no text of it (the gate is on the rework's card).
            IReadOnlyList<GateIssue> issues = decision.Issues.Count > 0
                ? [.. decision.Issues.Select(i => new GateIssue(null, $"{human} rejected the version: {i.Message}", i.Target))]
                : [new GateIssue(null, $"{human} rejected the version: {decision.Reason}", null)];
            bool goOn;
            if (accepted)
            {
                // The escalation's acceptance put the version back before the human once; rejected
                // again, the human's word stands: the deliverable stops unreleased.
                var waivers = string.Join(", ", _run.Deliverable.CurrentWaivers.Select(w => w.EscalationId));
                await StopAsync($"{human} rejected version {_run.Deliverable.Current!.Number} again after {waivers} accepted it with a caveat", cancellationToken).ConfigureAwait(false);
                goOn = false;
            }
            else if (gate is not null && rejections < _run.CapOf(gate))
            {
                await _run.ReworkAsync(gate.Id, rejections + 1, issues, cancellationToken).ConfigureAwait(false);
                goOn = true;
            }
            else
            {
                // More attempts or a reassignment rework the version; an acceptance with caveats sends the
                // same version back to the human for a last decision, the caveats on record.
                var outcome = gate is { OnFail: FailAction.Escalate }
                    ? await ReviewGateRunner.FollowEscalationAsync(_run, gate, issues, rejections, cancellationToken).ConfigureAwait(false)
                    : null;
                accepted = outcome == EscalationOutcome.AcceptWithCaveat;
                goOn = outcome is not null;
                if (gate is { OnFail: FailAction.Rework })
                {
                    await StopAsync($"{human} rejected it {CountWords.Times(rejections)}, the cap of {gate.Id}, which does not escalate (on_fail: rework)", cancellationToken).ConfigureAwait(false);
                }
            }

            if (!goOn || !await new ReviewGateRunner(_run).RunAsync(stepIndex, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    // The deliverable's chain ends here on the human's rejection: said as a step of its own, so the run's
    // account of the deliverable does not end on a rejection that looks like any other.
    private Task StopAsync(string why, CancellationToken cancellationToken) =>
        _run.Session.RecordSystemEventAsync("approval", "stopped", $"{_run.Deliverable.Type.Name} stops unreleased: {why}.", _run.Deliverable.Id, _run.Lane, cancellationToken);

    private async Task<ApprovalDecision?> DecideAsync(string human, string requester, CancellationToken cancellationToken)
    {
        var session = _run.Session;
        var deliverable = _run.Deliverable;
        var version = deliverable.Current ?? throw new InvalidOperationException($"{deliverable.Type.Name} has no version to approve.");
        if (!AlreadyAsked(requester))
        {
            var request = await session.InvokeAsync(requester, ActionIds.RequestApproval, Args(version.ContentHash, "Ready for release: the chain is complete."), _run.Lane, cancellationToken).ConfigureAwait(false);
            if (!request.Executed)
            {
                return null;
            }
        }

        var decision = await session.Approver.DecideAsync(
            new ApprovalRequest(human, deliverable.Id, deliverable.Type.Name, version, deliverable.Verdicts,
                deliverable.GatesPassedHash == version.ContentHash, requester)
            {
                Caveats = [.. deliverable.CurrentWaivers.Select(w => $"{w.DecidedBy} accepted it with a caveat ({w.EscalationId}): {w.Caveat}")],
            },
            cancellationToken).ConfigureAwait(false);
        var action = decision.Approved ? ActionIds.Approve : ActionIds.Reject;
        // A rejection's issues are written under its reason as a verdict's are, so the record keeps what they quote.
        var reason = decision.Approved || decision.Issues.Count == 0 ? decision.Reason : $"{decision.Reason}\n{GateIssueText.Format(decision.Issues.Select(i => new GateIssue(null, i.Message, i.Target))).TrimEnd('\n')}";
        var recorded = await session.InvokeAsync(human, action, Args(decision.VersionHash, reason), _run.Lane, cancellationToken).ConfigureAwait(false);
        if (!recorded.Executed)
        {
            return null;
        }

        session.Metrics.AddDecision(decision.Approved);
        return decision;
    }

    private async Task<bool> ReleaseAsync(string human, string versionHash, CancellationToken cancellationToken)
    {
        if (!_run.Deliverable.Type.ClientFacing)
        {
            return true;
        }

        var release = await _run.Session.InvokeAsync(human, ActionIds.ReleaseToClient, Args(versionHash, null), _run.Lane, cancellationToken).ConfigureAwait(false);
        if (release.Executed)
        {
            _run.Session.Metrics.AddRelease();
        }

        return release.Executed;
    }

    // The requester's own turn (an agent's sign-off step, whose task is to ask) may have asked for this
    // version already: a request stands until the human decides on it or a new version replaces it
    // (which clears it), so it is not asked twice. After a decision on the same version it is asked again.
    private bool AlreadyAsked(string requester) =>
        _run.Deliverable is { Approval: null } deliverable && deliverable.ApprovalRequester == requester;

    // The nearest earlier step taken by an agent asks; for a pool, whoever of it judged last.
    private string Requester(int stepIndex)
    {
        var manifest = _run.Session.State.Manifest;
        for (var j = stepIndex - 1; j >= 0; j--)
        {
            var step = _run.Chain.Steps[j];
            var agents = step.Actors.Where(a => manifest.FindActor(a) is { IsHuman: false }).ToList();
            if (agents.Count > 0)
            {
                return _run.Deliverable.Verdicts.LastOrDefault(v => step.Gates.Contains(v.GateId, StringComparer.Ordinal) && agents.Contains(v.Reviewer, StringComparer.Ordinal))?.Reviewer
                    ?? agents[0];
            }
        }

        return _run.Author;
    }

    private Dictionary<string, object?> Args(string versionHash, string? reason)
    {
        var args = new Dictionary<string, object?>
        {
            [ActionArgs.DeliverableId] = _run.Deliverable.Id,
            [ActionArgs.VersionHash] = versionHash,
        };
        if (reason is not null)
        {
            args[ActionArgs.Reason] = reason;
        }

        return args;
    }
}
