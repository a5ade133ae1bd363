using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Runs a review step's gates. The step's advisory gates (<c>blocking: false</c>) are judged once
/// and never block. Its blocking gates, and those of every earlier review step that have no pass on
/// the current content, are judged in chain order: the gate's declared checks first (issues make
/// the verdict needs-work at once), otherwise the step's actor (rotating through a pool) judges the
/// rubric in a turn; a human judges through the approver. A failure sends the issues back to the
/// author, except a verdict that failed only for citing no evidence (the review's fault, not the
/// work's), which sends the same version back to the gate; at the gate's cap (or at once with <c>on_fail: escalate</c>) the work is escalated and
/// the decision is followed.
/// </summary>
internal sealed class ReviewGateRunner
{
    private readonly DeliverableRun _run;
    private readonly GateJudge _judge;

    public ReviewGateRunner(DeliverableRun run)
    {
        _run = run;
        _judge = new GateJudge(run);
    }

    /// <summary>True when every blocking gate up to this step passed on the current content (or was accepted with caveats); false when the chain stops.</summary>
    public async Task<bool> RunAsync(int stepIndex, CancellationToken cancellationToken)
    {
        var deliverable = _run.Deliverable;
        var step = _run.Chain.Steps[stepIndex];
        foreach (var gate in _run.ReviewGatesUpTo(stepIndex).Where(g => g.Step == step && !g.Gate.Blocking).Select(g => g.Gate))
        {
            await _judge.JudgeAsync(gate, step, cancellationToken).ConfigureAwait(false);
        }

        var gates = _run.ReviewGatesUpTo(stepIndex).Where(g => g.Gate.Blocking).ToList();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hash = deliverable.Current!.ContentHash;
            var pending = gates.FirstOrDefault(g => !deliverable.PassedGate(g.Gate.Id, hash));
            if (deliverable.Waivers.Any(w => w.VersionHash == hash) || pending.Gate is null)
            {
                return true;
            }

            var verdict = await _judge.JudgeAsync(pending.Gate, pending.Step, cancellationToken).ConfigureAwait(false);
            if (verdict.Verdict == GateVerdict.Pass)
            {
                continue;
            }

            if (!await AfterFailureAsync(pending.Gate, verdict.Issues, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    /// <summary>Reworks or escalates after a failure at <paramref name="gate"/>; false when the chain stops for the deliverable.</summary>
    public async Task<bool> AfterFailureAsync(GateDefinition gate, IReadOnlyList<GateIssue> issues, CancellationToken cancellationToken)
    {
        var failures = _run.Deliverable.Verdicts.Count(v => v.GateId == gate.Id && v.Verdict == GateVerdict.NeedsWork);
        if (gate.OnFail != FailAction.Escalate && failures < _run.CapOf(gate))
        {
            await SendBackAsync(_run, gate, failures + 1, issues, cancellationToken).ConfigureAwait(false);
            return true;
        }

        return await FollowEscalationAsync(_run, gate, issues, failures, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// Sends the current version back for <paramref name="attempt"/> at <paramref name="gate"/>: to its author with
    /// the failure's <paramref name="issues"/>, unless every one of them is a pass that cited no evidence. That is the
    /// review's failure, not the work's: the author has nothing to fix, so the same version goes back to the gate (a
    /// system step says so) and the attempt still counts. (After an escalation the decision is followed as it was
    /// worded: another round is a rework with the decision's reason, whatever the last failure was.)
    /// </summary>
    private static async Task SendBackAsync(DeliverableRun run, GateDefinition gate, int attempt, IReadOnlyList<GateIssue> issues, CancellationToken cancellationToken)
    {
        if (issues.Count > 0 && issues.All(i => ReviewEvidence.IsMissingEvidence(i, gate.Id)))
        {
            await run.Session.RecordSystemEventAsync("review_again", "returned",
                string.Create(CultureInfo.InvariantCulture, $"{gate.Name}'s verdict on {run.Deliverable.Type.Name} version {run.Deliverable.Current!.Number} cited no evidence, so the version goes back to the gate for attempt {attempt}; its author has nothing to fix."),
                run.Deliverable.Id, run.Lane, cancellationToken).ConfigureAwait(false);
            return;
        }

        await run.ReworkAsync(gate.Id, attempt, issues, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Escalates and follows the decision: more attempts or a reassignment send the work back for
    /// rework; an acceptance records its caveat. Returns what was decided when the chain goes on for
    /// the deliverable, null when it stops (descoped, or nobody decided).
    /// </summary>
    public static async Task<EscalationOutcome?> FollowEscalationAsync(DeliverableRun run, GateDefinition gate, IReadOnlyList<GateIssue> issues, int attempt, CancellationToken cancellationToken)
    {
        var resolution = await new EscalationFlow(run).RunAsync(gate, cancellationToken).ConfigureAwait(false);
        switch (resolution?.Outcome)
        {
            case EscalationOutcome.MoreAttempts:
            case EscalationOutcome.Reassign:
                if (resolution.Outcome == EscalationOutcome.Reassign)
                {
                    run.Author = run.Deliverable.CurrentAuthor; // the decision recorded who (see resolve_escalation)
                }

                run.GrantRound(gate.Id);
                var decision = new GateIssue(null, string.Create(CultureInfo.InvariantCulture, $"{resolution.DecidedBy} decided {resolution.EscalationId} ({resolution.Option}): {resolution.Reason}"), gate.Id);
                await run.ReworkAsync(gate.Id, attempt + 1, [.. issues, decision], cancellationToken).ConfigureAwait(false);
                return resolution.Outcome;
            case EscalationOutcome.AcceptWithCaveat:
                await run.Session.RecordSystemEventAsync("accept_with_caveat", "accepted",
                    $"{run.Deliverable.Type.Name} goes on as version {run.Deliverable.Current!.Number} with the caveat: {resolution.Reason}", run.Deliverable.Id, run.Lane, cancellationToken).ConfigureAwait(false);
                return EscalationOutcome.AcceptWithCaveat;
            default:
                return null;
        }
    }
}
