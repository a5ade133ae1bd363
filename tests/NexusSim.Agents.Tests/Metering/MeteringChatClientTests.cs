using Microsoft.Extensions.AI;
using Moq;
using NexusSim.Agents.Metering;
using NexusSim.Agents.Tests.Support;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;

namespace NexusSim.Agents.Tests.Metering;

public sealed class MeteringChatClientTests
{
    private static ModelTier Tier(string id) => RepoFiles.ShippedManifest.Tier(id);

    private static async Task<(TurnMeter Meter, RunMetrics Metrics)> MeterOneCall(string prompt, ModelTier tier, string reply = "Done.")
    {
        var meter = new TurnMeter(tier);
        var metrics = new RunMetrics();
        using var client = new MeteringChatClient(new ScriptedChatClient(ScriptedReply.Final(reply)), meter, metrics);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)]);

        return (meter, metrics);
    }

    [Fact]
    public void Count_KnownText_O200kTokens()
    {
        Assert.Equal(2, TokenCounter.Count("hello world"));
    }

    [Fact]
    public async Task GetResponseAsync_OneCall_CountsTokensIntoTheMeterAndTheRun()
    {
        var (meter, metrics) = await MeterOneCall("Draft the readiness report.", Tier("execution"));

        Assert.Equal(1, meter.Usage.LlmCalls);
        Assert.True(meter.Usage.PromptTokens > TokenCounter.Count("Draft the readiness report.") - 1);
        Assert.True(meter.Usage.CompletionTokens >= TokenCounter.Count("Done."));
        Assert.Equal((1L, meter.Usage.PromptTokens, meter.Usage.CompletionTokens), (metrics.LlmCalls, metrics.PromptTokens, metrics.CompletionTokens));
    }

    [Fact]
    public async Task GetResponseAsync_LongerMessage_MorePromptTokens()
    {
        var tier = Tier("execution");
        var (shortMeter, _) = await MeterOneCall("Draft the report.", tier);
        var (longMeter, _) = await MeterOneCall(string.Concat(Enumerable.Repeat("Draft the report with every section and a source for every figure. ", 20)), tier);

        Assert.True(longMeter.Usage.PromptTokens > shortMeter.Usage.PromptTokens + 200, $"{longMeter.Usage.PromptTokens} vs {shortMeter.Usage.PromptTokens}");
    }

    [Theory]
    [InlineData("strategic")]
    [InlineData("execution")]
    public async Task GetResponseAsync_OneCall_SimulatedMinutesFollowTheTiersLatency(string tierId)
    {
        var tier = Tier(tierId);

        var (meter, _) = await MeterOneCall("Go.", tier, "A reply of a few more words than before.");

        var expected = (tier.BaseLatencyMs + (meter.Usage.CompletionTokens * tier.MsPerOutputToken)) / 60_000d;
        Assert.Equal(expected, meter.Usage.SimulatedMinutes, 12);
        Assert.True(meter.Usage.SimulatedMinutes > tier.BaseLatencyMs / 60_000d);
    }

    [Fact]
    public async Task GetResponseAsync_SameReplyOnASlowerTier_MoreSimulatedMinutes()
    {
        var (fast, _) = await MeterOneCall("Go.", Tier("execution"));
        var (slow, _) = await MeterOneCall("Go.", Tier("strategic"));

        Assert.True(slow.Usage.SimulatedMinutes > fast.Usage.SimulatedMinutes);
    }

    [Fact]
    public async Task GetResponseAsync_ReplyReportsUsage_MetersTheReportedCountsNotItsOwn()
    {
        var meter = new TurnMeter(Tier("execution"));
        var metrics = new RunMetrics();
        var model = new Mock<IChatClient>();
        model.Setup(m => m.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Done.")) { Usage = new UsageDetails { InputTokenCount = 1234, OutputTokenCount = 56 } });
        using var client = new MeteringChatClient(model.Object, meter, metrics);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Draft the readiness report.")]);

        Assert.Equal((1234L, 56L), (meter.Usage.PromptTokens, meter.Usage.CompletionTokens));
        Assert.Equal((1234L, 56L), (metrics.PromptTokens, metrics.CompletionTokens));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task GetResponseAsync_UsageMissingACount_CountsBothItself(bool input, bool output)
    {
        var meter = new TurnMeter(Tier("execution"));
        var model = new Mock<IChatClient>();
        var usage = new UsageDetails { InputTokenCount = input ? 1234 : null, OutputTokenCount = output ? 56 : null };
        model.Setup(m => m.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Done.")) { Usage = usage });
        using var client = new MeteringChatClient(model.Object, meter, new RunMetrics());

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Draft the readiness report.")]);

        Assert.Equal((TokenCounter.Count("Draft the readiness report.") + 4L, TokenCounter.Count("Done.") + 4L), (meter.Usage.PromptTokens, meter.Usage.CompletionTokens));
    }
}
