using System.Globalization;
using NexusSim.Core.Engagements;
using NexusSim.Core.Gates;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// Runs a deliverable's review gates in manifest order. Each attempt runs the gate's deterministic
/// checks first; if they find issues the verdict is needs-work at once (recorded for the reviewer
/// through the same action path), otherwise a reviewing owner (never the author) judges in a turn.
/// A failure sends the written issues back to the author for rework and the gates start again on
/// the new version; when a gate's failures reach its max attempts, the work is escalated.
/// </summary>
internal sealed class ReviewGateRunner
{
    private readonly EngagementSession _session;
    private readonly ChainDefinition _chain;
    private readonly DeliverableState _deliverable;
    private readonly string _lane;

    public ReviewGateRunner(EngagementSession session, ChainDefinition chain, DeliverableState deliverable, string lane)
    {
        _session = session;
        _chain = chain;
        _deliverable = deliverable;
        _lane = lane;
    }

    /// <summary>True when every review gate passed for the current version; false when escalated.</summary>
    public async Task<bool> RunAsync(ChainStep reviewStep, CancellationToken cancellationToken)
    {
        var manifest = _session.State.Manifest;
        var gates = _deliverable.Type.Gates.Select(manifest.Gate).Where(g => g.Kind == GateKind.Review).ToList();
        var index = 0;
        while (index < gates.Count)
        {
            var gate = gates[index];
            var verdict = await JudgeAsync(gate, reviewStep, cancellationToken).ConfigureAwait(false);
            if (verdict.Verdict == GateVerdict.Pass)
            {
                index++;
                continue;
            }

            var failures = _deliverable.Verdicts.Count(v => v.GateId == gate.Id && v.Verdict == GateVerdict.NeedsWork);
            if (gate.OnFail == FailAction.Escalate || failures >= gate.MaxAttempts)
            {
                await EscalateAsync(gate, cancellationToken).ConfigureAwait(false);
                return false;
            }

            await ReworkAsync(verdict, failures + 1, cancellationToken).ConfigureAwait(false);
            index = 0;
        }

        var hash = _deliverable.Current!.ContentHash;
        _session.State.MarkGatesPassed(_deliverable.Id, hash);
        await _session.RecordSystemEventAsync("gates_passed", "passed", $"Every blocking review gate passed for version {_deliverable.Current.Number}.", _deliverable.Id, _lane, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<GateVerdictRecord> JudgeAsync(GateDefinition gate, ChainStep reviewStep, CancellationToken cancellationToken)
    {
        var version = _deliverable.Current ?? throw new InvalidOperationException($"{_deliverable.Type.Name} has no version to review.");
        var attempt = _deliverable.AttemptsAt(gate.Id) + 1;
        var reviewer = PickReviewer(gate, attempt);
        var issues = RunChecks(gate, version.Markdown);
        var before = _deliverable.Verdicts.Count;
        if (issues.Count > 0)
        {
            await _session.InvokeAsync(reviewer, ActionIds.RecordGateVerdict, new Dictionary<string, object?>
            {
                [ActionArgs.DeliverableId] = _deliverable.Id,
                [ActionArgs.GateId] = gate.Id,
                [ActionArgs.VersionHash] = version.ContentHash,
                [ActionArgs.Verdict] = "needs_work",
                [ActionArgs.Evidence] = $"Deterministic checks ({string.Join(", ", gate.Checks).ToLowerInvariant()}) found {issues.Count} issue(s).",
                [ActionArgs.Issues] = GateIssueText.Format(issues),
            }, _lane, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var artifact = new ArtifactView(_deliverable.Id, _deliverable.Type.Name, version.Number, version.ContentHash, version.Markdown);
            var turnId = _session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{_deliverable.Id}-{gate.Id}-a{attempt}-{reviewer}"));
            await _session.RunTurnAsync(
                new AgentTurn(turnId, reviewer, reviewStep.Task, StepMode.Review, _deliverable.Id, gate.Id, attempt, _lane, null, [artifact], []),
                cancellationToken).ConfigureAwait(false);
        }

        var verdict = _deliverable.Verdicts.Skip(before).LastOrDefault(v => v.GateId == gate.Id);
        if (verdict is null)
        {
            // The reviewer recorded nothing (or was denied): the gate cannot pass without a verdict.
            verdict = new GateVerdictRecord(gate.Id, attempt, version.ContentHash, reviewer, GateVerdict.NeedsWork, string.Empty,
                [new GateIssue(null, $"{reviewer} recorded no verdict at {gate.Name}; a gate without a verdict does not pass.", gate.Id)]);
            _session.State.RecordVerdict(_deliverable.Id, verdict);
            await _session.RecordSystemEventAsync("record_gate_verdict", "needs_work", verdict.Issues[0].Message, _deliverable.Id, _lane, cancellationToken).ConfigureAwait(false);
        }

        _session.Metrics.AddGateVerdict(verdict.Attempt, verdict.Verdict == GateVerdict.Pass);
        _session.Observer.OnVerdict(_deliverable, verdict);
        return verdict;
    }

    private List<GateIssue> RunChecks(GateDefinition gate, string markdown)
    {
        var earlier = _session.State.Deliverables
            .Where(d => d.Id != _deliverable.Id && d.Current is not null)
            .Select(d => d.Current!.Markdown)
            .ToList();
        var input = new CheckInput(markdown, _deliverable.Type.RequiredSections, _session.State.Manifest.Glossary, _session.Parts.BannedPhrases, earlier);
        return [.. gate.Checks.SelectMany(kind => DeliverableChecks.For(kind).Check(input))];
    }

    private string PickReviewer(GateDefinition gate, int attempt)
    {
        var eligible = gate.Owners.Where(o => o != _deliverable.Type.Author).ToList();
        return eligible.Count == 0 ? gate.Owners[0] : eligible[(attempt - 1) % eligible.Count];
    }

    private async Task ReworkAsync(GateVerdictRecord verdict, int attempt, CancellationToken cancellationToken)
    {
        var author = _chain.Steps.First(s => s.Mode == StepMode.Author);
        var version = _deliverable.Current!;
        var artifact = new ArtifactView(_deliverable.Id, _deliverable.Type.Name, version.Number, version.ContentHash, version.Markdown);
        var turnId = _session.NextStepKey(string.Create(CultureInfo.InvariantCulture, $"{_deliverable.Id}-rework-{verdict.GateId}-a{attempt}-{author.Actor}"));
        await _session.RunTurnAsync(
            new AgentTurn(turnId, author.Actor, author.Task, StepMode.Edit, _deliverable.Id, verdict.GateId, attempt, _lane, null, [artifact], verdict.Issues),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task EscalateAsync(GateDefinition gate, CancellationToken cancellationToken)
    {
        var report = EscalationReportBuilder.Build(_session.State, _deliverable, gate);
        await _session.InvokeAsync(report.From, ActionIds.Escalate, new Dictionary<string, object?>
        {
            [ActionArgs.Subject] = _deliverable.Id,
            [ActionArgs.Reason] = EscalationReportBuilder.Render(report),
            [ActionArgs.Assignee] = report.To,
        }, _lane, cancellationToken).ConfigureAwait(false);
        _session.State.MarkEscalated(_deliverable.Id);
        _session.Metrics.AddEscalation();
        _session.Observer.OnEscalation(report);
    }
}
