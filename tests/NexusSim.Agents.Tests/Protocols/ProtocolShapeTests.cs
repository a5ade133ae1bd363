using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Protocols;

/// <summary>What makes each of parallel, debate and broadcast what it is, against chain on the same seed.</summary>
public sealed class ProtocolShapeTests
{
    [Theory]
    [InlineData(Firms.Shipped)]
    [InlineData(Firms.FiveAgents)]
    public async Task Parallel_SameSeedAsChain_SameWorkShorterMakespanEachDeliverableOnItsLane(string firm)
    {
        var manifest = RepoFiles.Manifest(firm);
        var chain = await ProtocolEngagement.RunAsync(manifest, new ChainProtocol());
        var parallel = await ProtocolEngagement.RunAsync(manifest, new ParallelProtocol());

        Assert.Equal(StateFingerprint.Of(chain.Harness.State), StateFingerprint.Of(parallel.Harness.State));
        var integration = Assert.Single(parallel.Turns.Turns, t => t.Turn.Task == ParallelProtocol.IntegrateTask);
        // The same turns plus the integration; an edit step sees no release from another workstream yet, so its text (and time) may differ slightly.
        Assert.Equal(chain.Turns.Turns.Select(t => (t.Turn.ActorId, t.Turn.Task, t.Turn.DeliverableId)).Order(), parallel.Turns.Turns.Where(t => t != integration).Select(t => (t.Turn.ActorId, t.Turn.Task, t.Turn.DeliverableId)).Order());
        Assert.True(integration.Result.Usage.SimulatedMinutes > 0);
        Assert.True(parallel.Harness.Clock.MakespanMinutes < chain.Harness.Clock.MakespanMinutes,
            $"parallel {parallel.Harness.Clock.MakespanMinutes} min, chain {chain.Harness.Clock.MakespanMinutes} min");
        Assert.All(parallel.Turns.Turns.Where(t => t.Turn.DeliverableId.Length > 0),
            t => Assert.Equal(ParallelProtocol.LaneOf(t.Turn.DeliverableId), t.Turn.Lane));
    }

    [Theory]
    [InlineData(Firms.Shipped)]
    [InlineData(Firms.FiveAgents)]
    public async Task Parallel_IntegrationPass_IsOneAgentTurnOverEveryWorkstreamBetweenTheGatesAndTheApprovals(string firm)
    {
        var manifest = RepoFiles.Manifest(firm);
        var parallel = await ProtocolEngagement.RunAsync(manifest, new ParallelProtocol());
        var turns = parallel.Turns.Turns.ToList();
        var audit = await parallel.AuditAsync();

        var integration = Assert.Single(turns, t => t.Turn.Task == ParallelProtocol.IntegrateTask);
        var integrator = ParallelProtocol.IntegratorOf(manifest, parallel.Harness.State.Deliverables);
        Assert.NotNull(integrator);
        Assert.Equal(integrator, integration.Turn.ActorId);
        Assert.False(manifest.Actor(integrator).IsHuman);
        Assert.Equal(parallel.Harness.State.Deliverables.Select(d => d.Id), integration.Turn.Artifacts.Select(a => a.DeliverableId));
        var record = Assert.Single(audit, e => e.Action == ParallelProtocol.IntegrationEvent);
        Assert.Equal("integrated", record.Outcome);
        Assert.Contains(integration.Turn.TurnId, record.Reason, StringComparison.Ordinal);
        var index = turns.IndexOf(integration);
        Assert.All(turns.Skip(index + 1), t => Assert.NotEqual(StepMode.Review, t.Turn.Mode));
        Assert.Contains(turns.Take(index), t => t.Turn.Mode == StepMode.Review);
        Assert.All(audit.Where(e => e.Action is ActionIds.Approve or ActionIds.ReleaseToClient), e => Assert.True(e.Sequence > record.Sequence, $"{e.Action} at {e.Sequence} before the integration at {record.Sequence}"));
        Assert.All(audit.Where(e => e.Action == ActionIds.RecordGateVerdict), e => Assert.True(e.Sequence < record.Sequence, $"verdict at {e.Sequence} after the integration at {record.Sequence}"));
        Assert.DoesNotContain(integration.Result.Actions, a => a.Executed);
    }

    [Fact]
    public async Task Parallel_IntegratorTurnTriesToPassAndReleaseAWorkstream_FilterDeniesAndNothingIsReleasedEarly()
    {
        var manifest = RepoFiles.ShippedManifest;
        var honest = await ProtocolEngagement.RunAsync(manifest, new ParallelProtocol());
        var target = honest.Harness.State.Deliverables[0].Id;
        var gate = honest.Harness.State.Deliverables[0].Type.Gates[0];
        HijackingChatClient? adversary = null;
        var calls = new List<(string, Dictionary<string, object?>)>
        {
            (ActionIds.RecordGateVerdict, new() { [ActionArgs.DeliverableId] = target, [ActionArgs.GateId] = gate, [ActionArgs.Verdict] = "pass", [ActionArgs.Evidence] = "Integrated: looks fine." }),
            (ActionIds.Approve, new() { [ActionArgs.DeliverableId] = target, [ActionArgs.Reason] = "Approved by the integrator." }),
            (ActionIds.ReleaseToClient, new() { [ActionArgs.DeliverableId] = target }),
        };

        var hijacked = await ProtocolEngagement.RunAsync(manifest, new ParallelProtocol(), wrap: inner => adversary = new HijackingChatClient(inner, "Task: integrate", calls));

        Assert.Equal(1, adversary!.Hijacked);
        var integration = Assert.Single(hijacked.Turns.Turns, t => t.Turn.Task == ParallelProtocol.IntegrateTask);
        Assert.Equal(3, integration.Result.Actions.Count);
        Assert.All(integration.Result.Actions, a => Assert.False(a.Executed, $"{a.Action} ran"));
        Assert.Equal(honest.Harness.Metrics.DeniedActions + 3, hijacked.Harness.Metrics.DeniedActions);
        Assert.Equal(StateFingerprint.Of(honest.Harness.State), StateFingerprint.Of(hijacked.Harness.State));
        Assert.Equal(0, hijacked.Harness.Metrics.UnauthorizedExecuted);
    }

    [Fact]
    public void IntegratorOf_FirmWithoutAgentPlanSteps_IsNullSoNoOneIsMadeUp()
    {
        var manifest = RepoFiles.FiveAgentFirm;
        var withoutPlans = manifest with { Chains = [.. manifest.Chains.Select(c => c with { Steps = [.. c.Steps.Where(s => s.Mode != StepMode.Plan)] })] };
        var deliverables = new EngagementState("r", withoutPlans, new EngagementHarness(manifest).Brief, withoutPlans.ServiceLines[0], 1).Deliverables;

        Assert.Null(ParallelProtocol.IntegratorOf(withoutPlans, deliverables));
        Assert.NotNull(ParallelProtocol.IntegratorOf(manifest, new EngagementState("r", manifest, new EngagementHarness(manifest).Brief, manifest.ServiceLines[0], 1).Deliverables));
    }

    [Fact]
    public async Task Broadcast_SameSeedAsChain_EveryTurnSeesMoreAndChainSendsUnderHalfTheTokens()
    {
        var manifest = RepoFiles.ShippedManifest;
        var chain = await ProtocolEngagement.RunAsync(manifest, new ChainProtocol());
        var broadcast = await ProtocolEngagement.RunAsync(manifest, new BroadcastProtocol());

        Assert.Equal(chain.Turns.Turns.Count, broadcast.Turns.Turns.Count);
        var later = broadcast.Turns.Turns.Skip(1).ToList();
        Assert.All(later, t => Assert.Contains(t.Turn.Artifacts, a => a.DeliverableId == BroadcastTurnRunnerId));
        Assert.Contains(broadcast.Turns.Turns, t => t.Turn.Mode == StepMode.Review && t.Turn.Artifacts.Count > 1);
        Assert.True(chain.Harness.Metrics.PromptTokens * 2 < broadcast.Harness.Metrics.PromptTokens,
            $"chain {chain.Harness.Metrics.PromptTokens}, broadcast {broadcast.Harness.Metrics.PromptTokens}");
    }

    [Fact]
    public async Task Broadcast_LastTurnsChat_HoldsEveryVersionAndEveryVerdictPostedNoneReplaced()
    {
        // A group chat never replaces a message: a revision is posted beside the draft it revises, and a
        // reviewer's verdict (with its written issues) is a message like any final answer.
        var engagement = await ProtocolEngagement.RunAsync(RepoFiles.ShippedManifest, new BroadcastProtocol());
        var state = engagement.Harness.State;
        var (lastTurn, lastResult) = engagement.Turns.Turns[^1];
        var chat = lastTurn.Artifacts.Single(a => a.DeliverableId == BroadcastTurnRunnerId).Markdown;
        // The last turn read the chat before its own work was posted.
        int Own(string action) => lastResult.Actions.Count(a => a.Executed && a.Action == action);

        var revised = state.Deliverables.Where(d => d.Versions.Count > 1).ToList();
        Assert.NotEmpty(revised);
        foreach (var version in revised.SelectMany(d => d.Versions))
        {
            Assert.Contains(version.Markdown.TrimEnd(), chat, StringComparison.Ordinal);
        }

        var failed = state.Deliverables.SelectMany(d => d.Verdicts).First(v => v.Verdict != NexusSim.Core.Engagements.GateVerdict.Pass && v.Issues.Count > 0);
        Assert.Contains($"**{failed.Reviewer}** (record_gate_verdict): ", chat, StringComparison.Ordinal);
        Assert.Contains(failed.Issues[0].Message, chat, StringComparison.Ordinal);
        Assert.Equal(state.Deliverables.Sum(d => d.Verdicts.Count) - Own("record_gate_verdict"), CountOf(chat, "(record_gate_verdict): "));
        Assert.Equal(state.Deliverables.Sum(d => d.Versions.Count) - Own("submit_deliverable"), CountOf(chat, "(submit_deliverable): "));
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public async Task Debate_FiveAgentFirm_PartnersCritiqueBeforeTheFirstGateAndRecordNothing()
    {
        var manifest = RepoFiles.FiveAgentFirm;
        var engagement = await ProtocolEngagement.RunAsync(manifest, new DebateProtocol());
        var turns = engagement.Turns.Turns.ToList();

        var critiques = turns.Where(t => t.Turn.Task == DebateProtocol.CritiqueTask).ToList();
        Assert.NotEmpty(critiques);
        foreach (var (turn, result) in critiques)
        {
            var author = engagement.Harness.State.FindDeliverable(turn.DeliverableId)!.Type.Author;
            Assert.Contains(turn.ActorId, DebateProtocol.Partners(manifest, author));
            Assert.DoesNotContain(result.Actions, a => a.Executed);
            var firstReview = turns.FindIndex(t => t.Turn.DeliverableId == turn.DeliverableId && t.Turn.Mode == StepMode.Review && t.Turn.Task != DebateProtocol.CritiqueTask);
            Assert.True(firstReview < 0 || turns.IndexOf((turn, result)) < firstReview);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Debate_MaxRounds_NoMoreCritiqueRoundsThanTheBound(int rounds)
    {
        var manifest = RepoFiles.FiveAgentFirm;
        var engagement = await ProtocolEngagement.RunAsync(manifest, new DebateProtocol(), limits: new ProtocolLimits(MaxRounds: rounds));

        var critiques = engagement.Turns.Turns.Where(t => t.Turn.Task == DebateProtocol.CritiqueTask).ToList();
        Assert.All(critiques, t => Assert.InRange(t.Turn.Attempt, 1, rounds));
        foreach (var deliverable in engagement.Harness.State.Deliverables)
        {
            var partners = DebateProtocol.Partners(manifest, deliverable.Type.Author).Count;
            Assert.InRange(critiques.Count(t => t.Turn.DeliverableId == deliverable.Id), 0, rounds * partners);
        }

        if (rounds == 0)
        {
            Assert.Empty(critiques);
        }
    }

    [Fact]
    public void Lacks_DebateWithoutStandingPairs_ExplainsWhatToAdd()
    {
        var manifest = RepoFiles.FiveAgentFirm with { StandingPairs = [] };

        var problem = Assert.Single(new DebateProtocol().Lacks(manifest));

        Assert.Contains("standing_pairs", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void IssuesOf_CritiqueText_ReadsOnlyTheLinesUnderTheHeading()
    {
        var text = "- [structure] not a critique: \"x\"\n## Critique\n- [structure] Missing section: \"Sources\"\n- [cliche] Cliché: \"move the needle\"\n\n## Next\n- [voice] ignored: \"y\"\n";

        var issues = DebateProtocol.IssuesOf(text);

        Assert.Equal(2, issues.Count);
        Assert.Equal(["Sources", "move the needle"], issues.Select(i => i.Target));
    }

    private const string BroadcastTurnRunnerId = "group-chat";
}
