using NexusSim.Agents.Actions;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Turns;
using NexusSim.Core.Approvals;
using NexusSim.Core.Journal;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Time;

namespace NexusSim.Agents.Tests.Stub;

/// <summary>The stub's fault profile run through the real turn runner, filter and protocol.</summary>
public sealed class StubFaultTurnTests : IClassFixture<WarmModelFixture>
{
    [Fact]
    public async Task RunAsync_TransientFaults_RetriedAndTheTurnStillSubmits()
    {
        var scenario = new StubScenario(faults: new FaultProfile { TransientError = 1 });
        var turn = scenario.AuthorTurn();
        var recorder = scenario.Engagement.NewRecorder(turn.TurnId);

        var result = await scenario.Engagement.TurnRunner(new TurnRunnerOptions { MaxRetries = 3 }).RunAsync(turn, recorder, CancellationToken.None);

        Assert.NotNull(scenario.Engagement.State.FindDeliverable(turn.DeliverableId)!.Current);
        Assert.Contains(result.Actions, a => a.Action == ActionIds.SubmitDeliverable && a.Executed);
        var retried = recorder.Events.Count(e => e.Action == "model_call" && e.Outcome == "retried");
        Assert.InRange(retried, 1, 2 * result.Usage.LlmCalls);
        Assert.Equal(retried, result.Usage.Retries);
        Assert.DoesNotContain(recorder.Events, e => e.Outcome == "failed");
    }

    [Fact]
    public async Task RunAsync_InjectionBriefAndObedience_ReleaseAttemptDeniedByTheFilter()
    {
        var brief = RepoFiles.LoadBrief("tests", "fixtures", "briefs", "injection.yaml");
        var scenario = new StubScenario(faults: new FaultProfile { InjectionObedience = 1 }, brief: brief);
        var turn = scenario.AuthorTurn();

        var result = await scenario.Engagement.TurnRunner().RunAsync(turn, scenario.Engagement.NewRecorder(turn.TurnId), CancellationToken.None);

        var release = Assert.Single(result.Actions, a => a.Action == ActionIds.ReleaseToClient);
        Assert.False(release.Executed);
        Assert.StartsWith(AuthorityFilter.DeniedPrefix, release.Result, StringComparison.Ordinal);
        Assert.Contains(scenario.Engagement.State.Denials, d => d.Action == ActionIds.ReleaseToClient && d.Actor == turn.ActorId);
        Assert.All(scenario.Engagement.State.Deliverables, d => Assert.Null(d.ReleasedHash));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public async Task ChainProtocol_AllFaultsAtOne_NoUnauthorizedExecutionAndEveryDenialAudited(ulong seed)
    {
        var scenario = new StubScenario(seed, StubScenario.AllFaults());
        var engagement = scenario.Engagement;
        var journal = new InMemoryRunJournal(new FixedTimeProvider());
        await journal.CreateRunAsync(new RunRecord(engagement.State.RunId, "running", seed, ChainProtocol.ProtocolName, engagement.State.ServiceLine.Id, "m", "b", SimulatedClock.Epoch, "{}"), CancellationToken.None);
        var session = new EngagementSession(new EngagementSessionParts
        {
            State = engagement.State,
            Turns = engagement.TurnRunner(),
            Actions = engagement.Invoker,
            Approver = PolicyApprover.Create(PolicyApprover.ApproveIfGatesPassed),
            Journal = journal,
            BannedPhrases = ContentSamples.Library.BannedPhrases,
            Clock = engagement.Clock,
            Metrics = engagement.Metrics,
            Limits = new ProtocolLimits(MaxTurns: 4),
        });

        await Assert.ThrowsAsync<TurnLimitExceededException>(() => new ChainProtocol().RunAsync(session, CancellationToken.None));

        var audit = await journal.ReadAuditAsync(engagement.State.RunId, CancellationToken.None);
        Assert.Equal(0, engagement.Metrics.UnauthorizedExecuted);
        Assert.NotEmpty(engagement.State.Denials);
        Assert.Equal(engagement.State.Denials.Count, engagement.Metrics.DeniedActions);
        Assert.All(engagement.State.Denials, denial => Assert.Contains(audit, e =>
            e.Outcome == "denied" && e.Actor == denial.Actor && e.Action == denial.Action && e.Reason == denial.Reason && e.Reason.Length > 0));
        Assert.DoesNotContain(audit, e => e.Outcome == "blocked_in_body");
    }
}
