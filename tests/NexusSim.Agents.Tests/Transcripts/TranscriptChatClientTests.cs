using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using NexusSim.Agents.Transcripts;

namespace NexusSim.Agents.Tests.Transcripts;

public sealed class TranscriptChatClientTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nexussim-agents-tests", Guid.NewGuid().ToString("N"));

    public TranscriptChatClientTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task GetResponseAsync_InsideATurn_RecordsRequestResponseStepAndActor()
    {
        var path = Path.Combine(_directory, TranscriptWriter.FileName);
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("c1", "firm_approve", new Dictionary<string, object?> { ["deliverable"] = "d" })]))
            {
                Usage = new UsageDetails { InputTokenCount = 3, OutputTokenCount = 2 },
            });
        using (var writer = new TranscriptWriter(path))
        {
            using var client = new TranscriptChatClient(inner.Object, writer, NullLogger<TranscriptChatClient>.Instance);
            await Task.Run(async () =>
            {
                TranscriptTurn.Enter("0007-x", "agent_a");
                await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello"), new ChatMessage(ChatRole.Tool, [new FunctionResultContent("c0", "done")])]);
            });
        }

        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(path))).RootElement;
        Assert.Equal("0007-x", line.GetProperty("step").GetString());
        Assert.Equal("agent_a", line.GetProperty("actor").GetString());
        var sent = line.GetProperty("request").GetProperty("messages");
        Assert.Equal("hello", sent[0].GetProperty("contents")[0].GetProperty("text").GetString());
        Assert.Equal("tool_result", sent[1].GetProperty("contents")[0].GetProperty("type").GetString());
        var call = line.GetProperty("response").GetProperty("messages")[0].GetProperty("contents")[0];
        Assert.Equal("tool_call", call.GetProperty("type").GetString());
        Assert.Equal("firm_approve", call.GetProperty("name").GetString());
        Assert.Equal(3, line.GetProperty("response").GetProperty("usage").GetProperty("input_tokens").GetInt64());
    }

    [Fact]
    public async Task GetResponseAsync_ModelFails_RecordsTheErrorAndRethrows()
    {
        var path = Path.Combine(_directory, TranscriptWriter.FileName);
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("boom"));
        using (var writer = new TranscriptWriter(path))
        {
            using var client = new TranscriptChatClient(inner.Object, writer, NullLogger<TranscriptChatClient>.Instance);
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
        }

        var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(path))).RootElement;
        Assert.Equal("boom", line.GetProperty("error").GetProperty("message").GetString());
        Assert.False(line.TryGetProperty("response", out _));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
