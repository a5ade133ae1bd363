using System.Text.Json;
using Microsoft.Extensions.AI;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;

namespace NexusSim.Agents.Tests.Stub.Planning;

public sealed class TurnPlanMemoTests
{
    private static StubRequest Read(List<ChatMessage> messages, ChatOptions options) =>
        StubRequest.Read(messages, options) ?? throw new InvalidOperationException("The scenario's request carries no task card.");

    // The request a turn sends after the model's earlier calls: the same prompt and tools, plus each call and its result.
    private static List<ChatMessage> After(List<ChatMessage> first, IEnumerable<FunctionCallContent> calls)
    {
        var messages = new List<ChatMessage>(first);
        foreach (var call in calls)
        {
            messages.Add(new ChatMessage(ChatRole.Assistant, [call]));
            messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, "Done.")]));
        }

        return messages;
    }

    private static Func<StubRequest, List<PlannedCall>> Counting(Action counted) => _ =>
    {
        counted();
        return [new PlannedCall("firm_noop", new Dictionary<string, object?>())];
    };

    [Fact]
    public void For_LaterCallOfTheSameTurn_ReusesThePlanWithoutPlanningAgain()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());
        var first = Read(messages, options);
        var later = Read(After(messages, [new FunctionCallContent("c1", "firm_noop")]), options);
        var memo = new TurnPlanMemo();
        var plans = 0;

        var made = memo.For(first, first.Prompt, Counting(() => plans++));
        var reused = memo.For(later, later.Prompt, Counting(() => plans++));

        Assert.Equal(1, plans);
        Assert.Same(made, reused);
    }

    [Fact]
    public void For_FirstCallOfATurnWithTheSamePrompt_PlansAgain()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());
        var first = Read(messages, options);
        var memo = new TurnPlanMemo();
        var plans = 0;

        memo.For(first, first.Prompt, Counting(() => plans++));
        memo.For(first, first.Prompt, Counting(() => plans++));

        Assert.Equal(2, plans);
    }

    [Fact]
    public void For_LaterCallOfAnotherTurn_PlansAgain()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn("0002-author"));
        var (otherMessages, otherOptions) = scenario.FirstRequest(scenario.AuthorTurn("0009-author"));
        var first = Read(messages, options);
        var other = Read(After(otherMessages, [new FunctionCallContent("c1", "firm_noop")]), otherOptions);
        var memo = new TurnPlanMemo();
        var plans = 0;

        memo.For(first, first.Prompt, Counting(() => plans++));
        memo.For(other, other.Prompt, Counting(() => plans++));

        Assert.NotEqual(first.Prompt, other.Prompt);
        Assert.Equal(2, plans);
    }

    [Fact]
    public void For_LaterCallOfferedOtherTools_PlansAgain()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());
        var first = Read(messages, options);
        var fewerTools = new ChatOptions { Tools = [.. options.Tools!.Skip(1)] };
        var later = Read(After(messages, [new FunctionCallContent("c1", "firm_noop")]), fewerTools);
        var memo = new TurnPlanMemo();
        var plans = 0;

        memo.For(first, first.Prompt, Counting(() => plans++));
        memo.For(later, later.Prompt, Counting(() => plans++));

        Assert.Equal(2, plans);
    }

    [Fact]
    public async Task GetResponseAsync_EveryLaterCallOfAFaultyTurn_SameBytesAsAStubPlanningAfresh()
    {
        // Under the chaos profile a turn makes several calls before its real one; each later call
        // answered from the remembered plan must equal what a fresh stub, planning from scratch, answers.
        var memoized = new StubScenario(seed: 7, faults: EveryFaultButOutages());
        var turn = memoized.AuthorTurn();
        var (messages, options) = memoized.FirstRequest(turn);
        var calls = new List<FunctionCallContent>();
        for (var k = 0; k < 6; k++)
        {
            var request = After(messages, calls);
            var fresh = new StubScenario(seed: 7, faults: EveryFaultButOutages());
            var (freshMessages, freshOptions) = fresh.FirstRequest(turn);

            var answer = await memoized.Stub.GetResponseAsync(request, options);
            var expected = await fresh.Stub.GetResponseAsync(After(freshMessages, calls), freshOptions);

            Assert.Equal(Serialize(expected), Serialize(answer));
            if (answer.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().FirstOrDefault() is not { } call)
            {
                Assert.True(k > 0, "The turn made no tool call at all.");
                return;
            }

            calls.Add(call);
        }

        Assert.Fail("The turn never ended with a final answer.");
    }

    // Every fault that adds calls to a turn; no simulated outage, which a plain loop would have to retry.
    private static FaultProfile EveryFaultButOutages() => new()
    {
        MalformedArguments = 1,
        UnknownTool = 1,
        UnauthorizedAttempt = 1,
        InjectionObedience = 1,
    };

    private static string Serialize(ChatResponse response) => JsonSerializer.Serialize(response.Messages, AIJsonUtilities.DefaultOptions);
}
