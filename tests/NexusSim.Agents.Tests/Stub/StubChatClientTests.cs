using System.Text.Json;
using Microsoft.Extensions.AI;
using NexusSim.Agents.Metering;
using NexusSim.Agents.Stub;
using NexusSim.Agents.Tests.Support;
using NexusSim.Agents.Turns;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Tests.Stub;

public sealed class StubChatClientTests
{
    private static string Bytes(ChatResponse response) => JsonSerializer.Serialize(response.Messages, AIJsonUtilities.DefaultOptions);

    private static FunctionCallContent FirstCall(ChatResponse response) =>
        Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());

    [Fact]
    public async Task GetResponseAsync_SameRequestTwice_IdenticalBytes()
    {
        var first = new StubScenario(seed: 42);
        var second = new StubScenario(seed: 42);
        var (messagesA, optionsA) = first.FirstRequest(first.AuthorTurn());
        var (messagesB, optionsB) = second.FirstRequest(second.AuthorTurn());

        var a = await first.Stub.GetResponseAsync(messagesA, optionsA);
        var again = await first.Stub.GetResponseAsync(messagesA, optionsA);
        var b = await second.Stub.GetResponseAsync(messagesB, optionsB);

        Assert.Equal(Bytes(a), Bytes(again));
        Assert.Equal(Bytes(a), Bytes(b));
    }

    [Fact]
    public async Task GetResponseAsync_DifferentSeed_DifferentDraftContent()
    {
        var one = new StubScenario(seed: 1);
        var two = new StubScenario(seed: 2);
        var (messagesOne, optionsOne) = one.FirstRequest(one.AuthorTurn());
        var (messagesTwo, optionsTwo) = two.FirstRequest(two.AuthorTurn());

        var draftOne = FirstCall(await one.Stub.GetResponseAsync(messagesOne, optionsOne)).Arguments![ActionArgs.Content];
        var draftTwo = FirstCall(await two.Stub.GetResponseAsync(messagesTwo, optionsTwo)).Arguments![ActionArgs.Content];

        Assert.NotEqual(draftOne, draftTwo);
    }

    // Counted here straight with the tokenizer, text by text, independently of the stub's memories.
    private static long O200k(IEnumerable<ChatMessage> messages) => messages.Sum(m => 4L + m.Contents.Sum(c => c switch
    {
        TextContent text => TokenCounter.Count(text.Text),
        FunctionCallContent call => TokenCounter.Count(call.Name) + TokenCounter.Count(JsonSerializer.Serialize(call.Arguments)),
        FunctionResultContent result => TokenCounter.Count(Convert.ToString(result.Result, System.Globalization.CultureInfo.InvariantCulture)),
        _ => 0,
    }));

    private static long O200k(ChatOptions options) => options.Tools!.OfType<AIFunctionDeclaration>()
        .Sum(t => TokenCounter.Count(t.Name) + TokenCounter.Count(t.Description) + TokenCounter.Count(t.JsonSchema.GetRawText()));

    [Fact]
    public async Task GetResponseAsync_EveryCallOfATurn_ReportsTheO200kUsageOfWhatItWasSentAndWhatItAnswered()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());

        var first = await scenario.Stub.GetResponseAsync(messages, options);
        var call = FirstCall(first);
        messages.Add(new ChatMessage(ChatRole.Assistant, [call]));
        messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, "Submitted version 1; version_hash abc.")]));
        var second = await scenario.Stub.GetResponseAsync(messages, options);

        Assert.Equal((O200k(messages.Take(2)) + O200k(options), O200k(first.Messages)), (first.Usage!.InputTokenCount, first.Usage.OutputTokenCount));
        Assert.Equal((O200k(messages) + O200k(options), O200k(second.Messages)), (second.Usage!.InputTokenCount, second.Usage.OutputTokenCount));
        Assert.Equal(second.Usage.InputTokenCount + second.Usage.OutputTokenCount, second.Usage.TotalTokenCount);
        Assert.True(second.Usage.InputTokenCount > first.Usage.InputTokenCount + first.Usage.OutputTokenCount, "the second call re-sends the first call's tool call");
    }

    [Fact]
    public async Task GetResponseAsync_AuthorTask_CallsTheOfferedSubmitTool()
    {
        var scenario = new StubScenario();
        var turn = scenario.AuthorTurn();
        var (messages, options) = scenario.FirstRequest(turn);

        var call = FirstCall(await scenario.Stub.GetResponseAsync(messages, options));

        Assert.True(ToolNames.TryResolve(scenario.KernelOf(turn), call.Name, out var action));
        Assert.Equal(ActionIds.SubmitDeliverable, action);
        Assert.Contains(options.Tools!, t => t.Name == call.Name);
        Assert.Equal(turn.DeliverableId, call.Arguments![ActionArgs.DeliverableId]);
    }

    [Fact]
    public async Task GetResponseAsync_ResultsPresent_AnswersWithFinalTextAndHandoffFields()
    {
        var scenario = new StubScenario();
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());
        var call = FirstCall(await scenario.Stub.GetResponseAsync(messages, options));
        messages.Add(new ChatMessage(ChatRole.Assistant, [call]));
        messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, "Submitted version 1; version_hash abc.")]));

        var response = await scenario.Stub.GetResponseAsync(messages, options);

        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Contains("Submitted version 1", response.Text, StringComparison.Ordinal);
        Assert.All(scenario.Engagement.Manifest.HandoffFields, field => Assert.Contains(field + ": ", response.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetResponseAsync_NoToolsOffered_FinalTextAndNoCalls()
    {
        var scenario = new StubScenario();
        var (messages, _) = scenario.FirstRequest(scenario.AuthorTurn());

        var response = await scenario.Stub.GetResponseAsync(messages, new ChatOptions());

        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.False(string.IsNullOrWhiteSpace(response.Text));
    }

    [Fact]
    public async Task GetResponseAsync_UnknownToolFault_CallsAMadeUpToolFirst()
    {
        var scenario = new StubScenario(faults: new FaultProfile { UnknownTool = 1 });
        var turn = scenario.AuthorTurn();
        var (messages, options) = scenario.FirstRequest(turn);

        var call = FirstCall(await scenario.Stub.GetResponseAsync(messages, options));

        Assert.False(ToolNames.TryResolve(scenario.KernelOf(turn), call.Name, out _));
        Assert.DoesNotContain(options.Tools!, t => t.Name == call.Name);
    }

    [Fact]
    public async Task GetResponseAsync_TransientFault_FailsAtMostTwicePerRequestThenSucceeds()
    {
        var scenario = new StubScenario(faults: new FaultProfile { TransientError = 1 });
        var (messages, options) = scenario.FirstRequest(scenario.AuthorTurn());

        await Assert.ThrowsAsync<HttpRequestException>(() => scenario.Stub.GetResponseAsync(messages, options));
        await Assert.ThrowsAsync<HttpRequestException>(() => scenario.Stub.GetResponseAsync(messages, options));
        var response = await scenario.Stub.GetResponseAsync(messages, options);

        Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
    }
}
