using System.Globalization;
using NexusSim.Core.Approvals;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Judges one review gate on the current version, as the step's actor for this attempt: exactly the
/// gate's declared checks first, then the reviewer's verdict on the gate's rubric (an agent in a
/// turn, a human through the approver). A reviewer who records nothing gets a needs-work verdict.
/// </summary>
internal sealed class GateJudge
{
    private readonly DeliverableRun _run;

    public GateJudge(DeliverableRun run) => _run = run;

    public async Task<GateVerdictRecord> JudgeAsync(GateDefinition gate, ChainStep step, CancellationToken cancellationToken)
    {
        var session = _run.Session;
        var deliverable = _run.Deliverable;
        var version = deliverable.Current ?? throw new InvalidOperationException($"{deliverable.Type.Name} has no version to review.");
        var attempt = deliverable.AttemptsAt(gate.Id) + 1;
        // Separation of duties chooses among the pool: no one it would refuse the verdict is asked
        // for one (when it would refuse everyone, the declared rotation, and the refusal is audited).
        var parties = deliverable.Parties;
        var rules = session.State.Manifest.SeparationOfDuties;
        var reviewer = step.ActorFor(attempt, actor => !StateChecks.KeepsApart(rules, ActionIds.RecordGateVerdict, actor, parties));
        var issues = RunChecks(gate, version);
        var before = deliverable.Verdicts.Count;
        if (issues.Count > 0)
        {
            await RecordAsync(reviewer, gate, step, version, "needs_work",
                $"Deterministic checks ({string.Join(", ", gate.Checks).ToLowerInvariant()}) found {CountWords.Of(issues.Count, "issue")}.", GateIssueText.Format(issues), cancellationToken).ConfigureAwait(false);
        }
        else if (session.State.Manifest.Actor(reviewer).IsHuman)
        {
            var decision = await session.Approver.DecideAsync(
                new ApprovalRequest(reviewer, deliverable.Id, $"{deliverable.Type.Name} at {gate.Name}", version, deliverable.Verdicts, OtherGatesPassed(gate, step, version.ContentHash), _run.Author),
                cancellationToken).ConfigureAwait(false);
            var text = string.IsNullOrWhiteSpace(decision.Reason) ? $"{reviewer} gave no reason." : decision.Reason;
            await RecordAsync(reviewer, gate, step, version, decision.Approved ? "pass" : "needs_work", text,
                decision.Approved ? null : GateIssueText.Format([new GateIssue(null, text, null)]), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var artifact = new ArtifactView(deliverable.Id, deliverable.Type.Name, version.Number, version.ContentHash, version.Markdown);
            var turnId = session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{deliverable.Id}-{gate.Id}-a{attempt}-{reviewer}"));
            await session.RunTurnAsync(
                new AgentTurn(turnId, reviewer, step.Task, StepMode.Review, deliverable.Id, gate.Id, attempt, _run.Lane, null, [artifact], []) { EndsWithVerdict = true },
                cancellationToken).ConfigureAwait(false);
        }

        var verdict = deliverable.Verdicts.Skip(before).LastOrDefault(v => v.GateId == gate.Id && v.VersionHash == version.ContentHash);
        if (verdict is null)
        {
            // The reviewer recorded nothing (or was denied): the gate cannot pass without a verdict.
            verdict = new GateVerdictRecord(gate.Id, attempt, version.ContentHash, reviewer, GateVerdict.NeedsWork, string.Empty,
                [new GateIssue(null, $"{reviewer} recorded no verdict at {gate.Name}; a gate without a verdict does not pass.", gate.Id)]);
            _run.Actions.RecordMissingVerdict(deliverable.Id, verdict);
            await session.RecordSystemEventAsync(ActionIds.RecordGateVerdict, "needs_work", verdict.Issues[0].Message, deliverable.Id, _run.Lane, cancellationToken).ConfigureAwait(false);
        }

        session.Metrics.AddGateVerdict(verdict.Attempt, verdict.Verdict == GateVerdict.Pass);
        session.Observer.OnVerdict(deliverable, verdict);
        return verdict;
    }

    private Task<ActionOutcome> RecordAsync(string reviewer, GateDefinition gate, ChainStep step, DeliverableVersion version, string verdict, string evidence, string? issues, CancellationToken cancellationToken)
    {
        var args = new Dictionary<string, object?>
        {
            [ActionArgs.DeliverableId] = _run.Deliverable.Id,
            [ActionArgs.GateId] = gate.Id,
            [ActionArgs.VersionHash] = version.ContentHash,
            [ActionArgs.Verdict] = verdict,
            [ActionArgs.Evidence] = evidence,
        };
        if (issues is not null)
        {
            args[ActionArgs.Issues] = issues;
        }

        // Named as the reviewer's turn at this step would be: the verdict the checks (or a human) recorded stands for it.
        return _run.Session.InvokeAsync(reviewer, ActionIds.RecordGateVerdict, args, _run.Lane, EngagementSession.StepName(step.Task, _run.Deliverable.Id), cancellationToken);
    }

    // A human judging a review gate is asked whether the version passed every other blocking review
    // gate run up to this step: the gate being judged has no pass yet, so counting it would make
    // approve-if-gates-passed refuse every version a human reviews.
    private bool OtherGatesPassed(GateDefinition gate, ChainStep step, string contentHash)
    {
        var stepIndex = _run.Chain.Steps.ToList().IndexOf(step);
        return _run.ReviewGatesUpTo(stepIndex)
            .Where(g => g.Gate.Blocking && g.Gate.Id != gate.Id)
            .All(g => _run.Deliverable.PassedGate(g.Gate.Id, contentHash));
    }

    // Exactly the gate's declared checks, no others.
    // Each check runs once per content within the engagement (GateCheckMemo).
    private List<GateIssue> RunChecks(GateDefinition gate, DeliverableVersion version)
    {
        var state = _run.Session.State;
        var others = state.Deliverables
            .Where(d => d.Id != _run.Deliverable.Id && d.Current is not null)
            .Select(d => d.Current!)
            .ToList();
        var memo = _run.Session.Parts.GateChecks;
        var input = new CheckInput(version.Markdown, _run.Deliverable.Type.RequiredSections, state.Manifest.Glossary, _run.Session.Parts.BannedPhrases, [.. others.Select(v => v.Markdown)], state.Brief)
        {
            Readings = memo.Readings,
        };
        var versionKey = _run.Deliverable.Type.Id + "\n" + version.ContentHash;
        var othersKey = string.Join(",", others.Select(v => v.ContentHash));
        return [.. gate.Checks.SelectMany(kind => memo.Check(kind, versionKey, othersKey, input))];
    }
}
