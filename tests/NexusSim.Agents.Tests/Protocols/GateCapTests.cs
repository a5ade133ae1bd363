using NexusSim.Agents.Actions;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Approvals;
using NexusSim.Core.Engagements;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Protocols;

/// <summary>
/// A gate's max attempts is honoured exactly: an author who keeps submitting a draft that misses its
/// required sections fails the structure gate max_attempts times, then the work escalates along
/// reporting lines and the engagement moves on.
/// </summary>
public sealed class GateCapTests
{
    private const string DraftWithoutSections = "## Sources\n- [S1] Interview notes\n";

    [Theory]
    [InlineData(1, "once")]
    [InlineData(3, "3 times")]
    [InlineData(5, "5 times")]
    public async Task Chain_GateAlwaysFails_EscalatesAfterExactlyMaxAttempts(int maxAttempts, string times)
    {
        var (harness, session, gate) = await BuildAsync(maxAttempts);

        await new ChainProtocol().RunAsync(session, CancellationToken.None);

        var deliverable = harness.State.Deliverables[0];
        var failures = deliverable.Verdicts.Where(v => v.GateId == gate.Id).ToList();
        Assert.Equal(maxAttempts, failures.Count);
        Assert.All(failures, v => Assert.Equal(GateVerdict.NeedsWork, v.Verdict));
        Assert.Equal(Enumerable.Range(1, maxAttempts), failures.Select(v => v.Attempt));
        Assert.Equal(DeliverableStatus.Escalated, deliverable.Status);
        var escalation = Assert.Single(harness.State.Escalations, e => e.Subject == deliverable.Id);
        Assert.Equal(harness.Manifest.Actor(escalation.From).ReportsTo ?? escalation.To, escalation.To);
        Assert.Equal($"{deliverable.Type.Name} failed {gate.Name} {times}, its cap of {maxAttempts}.", escalation.Reason);
        Assert.All(escalation.AttemptHistory, line => Assert.DoesNotContain("(s)", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chain_GateAlwaysFails_AuthorGetsTheWrittenIssuesOnRework()
    {
        var (harness, session, gate) = await BuildAsync(3);
        var runner = (ScriptedTurnRunner)session.Parts.Turns;

        await new ChainProtocol().RunAsync(session, CancellationToken.None);

        var reworks = runner.Turns.Where(t => t.DeliverableId == harness.State.Deliverables[0].Id && t.Mode == StepMode.Edit && t.GateId == gate.Id).ToList();
        Assert.Equal(2, reworks.Count);
        Assert.All(reworks, t => Assert.Contains(t.Feedback, i => i.Check == CheckKind.Structure));
    }

    [Fact]
    public async Task Chain_GateAlwaysFails_NextDeliverableStillRuns()
    {
        var (harness, session, _) = await BuildAsync(1);

        await new ChainProtocol().RunAsync(session, CancellationToken.None);

        Assert.All(harness.State.Deliverables, d => Assert.NotEmpty(d.Versions));
    }

    private static async Task<(EngagementHarness, EngagementSession, GateDefinition)> BuildAsync(int maxAttempts)
    {
        var shipped = RepoFiles.ShippedManifest;
        var manifest = shipped with { Gates = [.. shipped.Gates.Select(g => g with { MaxAttempts = maxAttempts })] };
        var harness = new EngagementHarness(manifest);
        var gate = manifest.DeliverableType(harness.State.Deliverables[0].Type.Id).Gates
            .Select(manifest.Gate)
            .First(g => g.Kind == GateKind.Review && g.Checks.Contains(CheckKind.Structure));
        var journal = new InMemoryRunJournal(TimeProvider.System);
        await journal.CreateRunAsync(new RunRecord(harness.State.RunId, "running", 42, "chain", harness.State.ServiceLine.Id, "m", "b", DateTimeOffset.UnixEpoch, "{}"), CancellationToken.None);
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = harness.State,
            Turns = new ScriptedTurnRunner(harness, DraftWithoutSections),
            Actions = new KernelActionInvoker(harness.Kernels),
            Approver = PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed),
            Journal = journal,
            BannedPhrases = [],
            Clock = harness.Clock,
            Metrics = harness.Metrics,
        });
        return (harness, session, gate);
    }
}
