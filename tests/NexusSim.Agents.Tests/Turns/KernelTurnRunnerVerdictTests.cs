using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Turns;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Tests.Turns;

/// <summary>A gate review ends when its verdict is recorded: no model call follows it, and nothing else is cut short.</summary>
public sealed class KernelTurnRunnerVerdictTests
{
    private static (EngagementHarness Engagement, AgentTurn Turn, string Hash) Review(ScriptedChatClient model, bool endsWithVerdict, string? hashInCall = null)
    {
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);
        var deliverable = engagement.State.Deliverables[0];
        var hash = engagement.Submit(deliverable.Id, "# Draft\n\n## Findings\n\nA finding [S1].\n");
        var gate = deliverable.Type.Gates.Select(engagement.Manifest.Gate).First(g => g.Kind == GateKind.Review);
        var reviewer = gate.Owners.First(o => o != deliverable.Type.Author);
        model.Enqueue(ScriptedReply.Call(ActionIds.RecordGateVerdict, Args.Of(
            (ActionArgs.DeliverableId, deliverable.Id), (ActionArgs.GateId, gate.Id), (ActionArgs.VersionHash, hashInCall ?? hash),
            (ActionArgs.Verdict, "pass"), (ActionArgs.Evidence, "Findings: 'A finding [S1]' traced to [S1]."))));
        var artifact = new ArtifactView(deliverable.Id, deliverable.Type.Name, 1, hash, deliverable.Current!.Markdown);
        var task = engagement.Manifest.Chains.SelectMany(c => c.Steps).First(s => s.Mode == StepMode.Review).Task;
        var turn = new AgentTurn("0002-review", reviewer, task, StepMode.Review, deliverable.Id, gate.Id, 1, EngagementHarness.Lane, null, [artifact], []) { EndsWithVerdict = endsWithVerdict };
        return (engagement, turn, hash);
    }

    [Fact]
    public async Task RunAsync_GateReviewRecordsItsVerdict_TurnEndsWithoutAnotherModelCall()
    {
        var model = new ScriptedChatClient();
        var (engagement, turn, hash) = Review(model, endsWithVerdict: true);

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
        var (engagement, turn, _) = Review(model, endsWithVerdict: true, hashInCall: new string('0', 64));

        var result = await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);

        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(ScriptedChatClient.DoneText, result.Text);
        Assert.Empty(engagement.State.FindDeliverable(turn.DeliverableId)!.Verdicts);
    }

    [Fact]
    public async Task RunAsync_ReviewTurnWhoseTextIsRead_ModelWritesItsFinalAnswerAfterTheVerdict()
    {
        var model = new ScriptedChatClient();
        var (engagement, turn, _) = Review(model, endsWithVerdict: false);

        var result = await engagement.TurnRunner().RunAsync(turn, engagement.NewRecorder("0002-review"), CancellationToken.None);

        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(ScriptedChatClient.DoneText, result.Text);
    }

    [Fact]
    public void Build_GateReview_PromptSaysTheVerdictEndsTheTurnAndAsksForNoHandoffLines()
    {
        var (engagement, turn, _) = Review(new ScriptedChatClient(), endsWithVerdict: true);
        var builder = new NexusSim.Agents.Prompts.PromptBuilder(NexusSim.Agents.Prompts.PromptLibrary.Load(RepoFiles.PromptsDirectory, engagement.Manifest, ChainProtocol.IntakeTask), engagement.State);

        var review = builder.Build(turn);
        var other = builder.Build(turn with { EndsWithVerdict = false });

        Assert.Contains("Recording your verdict ends your turn", review, StringComparison.Ordinal);
        Assert.DoesNotContain("one line per handoff field", review, StringComparison.Ordinal);
        Assert.Contains("one line per handoff field", other, StringComparison.Ordinal);
    }
}
