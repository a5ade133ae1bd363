using Moq;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;
using NexusSim.Core.Tests.Protocols.Support;

namespace NexusSim.Core.Tests.Protocols;

/// <summary>
/// A turn that cannot finish (the model unreachable after its retries) ends the engagement, but what it
/// recorded is committed first: the audit trail says where and why the run stopped.
/// </summary>
public sealed class FailedTurnTests : IDisposable
{
    private readonly FlowHarness _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task RunTurn_TurnFailed_CommitsWhatTheTurnRecordedThenRethrows()
    {
        var failure = new TurnFailedException("The model could not be reached after 2 retries: connection refused.") { TurnId = "t9", ActorId = "lead" };
        var session = SessionWith(failure, recorder =>
        {
            recorder.Record("lead", "model_call", "retried", "Attempt 1 failed transiently: connection refused.");
            recorder.Record("lead", "model_call", "failed", failure.Message);
        });

        var thrown = await Assert.ThrowsAsync<TurnFailedException>(() => session.RunTurnAsync(Turn("t9"), CancellationToken.None));

        Assert.Same(failure, thrown);
        var audit = await session.Parts.Journal.ReadAuditAsync(_flow.State.RunId, CancellationToken.None);
        Assert.Equal(["retried", "failed"], audit.Where(e => e.Action == "model_call").Select(e => e.Outcome));
        Assert.Contains(audit, e => e.Outcome == "failed" && e.Actor == "lead" && e.Reason == failure.Message);
        var step = await session.Parts.Journal.FindStepAsync(_flow.State.RunId, "t9", CancellationToken.None);
        Assert.NotNull(step);
        Assert.Equal("turn", step.Kind);
        var committed = System.Text.Json.JsonSerializer.Deserialize<TurnStepResult>(step.ResultJson)!;
        Assert.Equal(("t9", "lead", 0, string.Empty), (committed.Turn, committed.Actor, committed.LlmCalls, committed.Text));
    }

    [Fact]
    public async Task RunTurn_OtherException_CommitsNothing()
    {
        // A bug is not a turn failure: nothing half-done is written as if the turn had been.
        var session = SessionWith(new InvalidOperationException("bug"), recorder => recorder.Record("lead", "model_call", "failed", "x"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.RunTurnAsync(Turn("t9"), CancellationToken.None));

        Assert.Null(await session.Parts.Journal.FindStepAsync(_flow.State.RunId, "t9", CancellationToken.None));
        Assert.DoesNotContain(await session.Parts.Journal.ReadAuditAsync(_flow.State.RunId, CancellationToken.None), e => e.Action == "model_call");
    }

    private EngagementSession SessionWith(Exception failure, Action<StepRecorder> beforeFailing)
    {
        var turns = new Mock<IAgentTurnRunner>(MockBehavior.Strict);
        turns.Setup(t => t.RunAsync(It.IsAny<AgentTurn>(), It.IsAny<StepRecorder>(), It.IsAny<CancellationToken>()))
            .Returns<AgentTurn, StepRecorder, CancellationToken>((_, recorder, _) =>
            {
                beforeFailing(recorder);
                return Task.FromException<TurnResult>(failure);
            });
        return new EngagementSession(_flow.Session.Parts with { Turns = turns.Object });
    }

    private static AgentTurn Turn(string id) => new(id, "lead", "draft", StepMode.Author, string.Empty, null, 1, "main", null, [], []);
}
