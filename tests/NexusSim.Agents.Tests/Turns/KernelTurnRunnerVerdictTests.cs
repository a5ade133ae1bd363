using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Turns;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>A gate review ends when its verdict is recorded: no model call follows it, and nothing else is cut short.</summary>
public sealed class KernelTurnRunnerVerdictTests
{
    [Fact]
    public async Task RunAsync_GateReviewRecordsItsVerdict_TurnEndsWithoutAnotherModelCall()
    {
        var model = new ScriptedChatClient();
        var (engagement, turn, hash) = ScriptedReview.Create(model, endsWithVerdict: true);

        var result = await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);

        Assert.Single(model.Requests);
        Assert.Equal(1, result.Usage.LlmCalls);
        Assert.Equal(1, engagement.Metrics.LlmCalls);
        Assert.Equal(VerdictEndsTurnChatClient.EndText, result.Text);
        Assert.Contains(engagement.State.FindDeliverable(turn.DeliverableId)!.Verdicts, v => v.VersionHash == hash && v.Verdict == GateVerdict.Pass);
    }

    [Fact]
    public async Task RunAsync_GateReviewVerdictRefused_ModelCalledAgainToCorrectIt()
    {
        var model = new ScriptedChatClient();
        var (engagement, turn, _) = ScriptedReview.Create(model, endsWithVerdict: true, hashInCall: new string('0', 64));

        var result = await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);

        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(ScriptedChatClient.DoneText, result.Text);
        Assert.Empty(engagement.State.FindDeliverable(turn.DeliverableId)!.Verdicts);
    }

    [Fact]
    public async Task RunAsync_ReviewTurnWhoseTextIsRead_ModelWritesItsFinalAnswerAfterTheVerdict()
    {
        var model = new ScriptedChatClient();
        var (engagement, turn, _) = ScriptedReview.Create(model, endsWithVerdict: false);

        var result = await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);

        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(ScriptedChatClient.DoneText, result.Text);
    }

    [Fact]
    public void Build_GateReview_PromptSaysTheVerdictEndsTheTurnAndAsksForNoHandoffLines()
    {
        var (engagement, turn, _) = ScriptedReview.Create(new ScriptedChatClient(), endsWithVerdict: true);
        var builder = new NexusSim.Agents.Prompts.PromptBuilder(NexusSim.Agents.Prompts.PromptLibrary.Load(RepoFiles.PromptsDirectory, engagement.Manifest, ChainProtocol.IntakeTask), engagement.State);

        var review = builder.Build(turn);
        var other = builder.Build(turn with { EndsWithVerdict = false });

        Assert.Contains("Recording your verdict ends your turn", review, StringComparison.Ordinal);
        Assert.DoesNotContain("one line per handoff field", review, StringComparison.Ordinal);
        Assert.Contains("one line per handoff field", other, StringComparison.Ordinal);
    }
}
