using Microsoft.Extensions.AI;
using NexusSim.Agents.Metering;
using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Turns;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Metering;

public sealed class CallBudgetChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_PastTheBudget_AnswersLimitTextWithoutCallingTheModel()
    {
        var inner = new ScriptedChatClient();
        var limits = 0;
        using var client = new CallBudgetChatClient(inner, 2, () => limits++);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "one")]);
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "two")]);
        var third = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "three")]);

        Assert.Equal(2, inner.Requests.Count);
        Assert.Equal(CallBudgetChatClient.LimitText, third.Text);
        Assert.Equal(1, limits);
    }

    [Fact]
    public async Task RunAsync_ModelThatNeverStops_TurnEndsAtItsCallBudget()
    {
        var call = ScriptedReply.Call(ActionIds.Escalate, Args.Of((ActionArgs.Subject, "loop"), (ActionArgs.Reason, "again")));
        var model = new ScriptedChatClient([.. Enumerable.Repeat(call, 20)]);
        var engagement = new EngagementHarness(RepoFiles.ShippedManifest, chat: model);

        var (result, recorder) = await engagement.RunTurnAsync("petra", options: new TurnRunnerOptions { MaxToolCallsPerTurn = 3 });

        Assert.Equal(3, model.Requests.Count);
        Assert.Equal(CallBudgetChatClient.LimitText, result.Text);
        Assert.Contains(recorder.Events, e => e.Action == "model_call" && e.Outcome == "limited");
        Assert.Equal(3, engagement.State.Escalations.Count);
    }
}
