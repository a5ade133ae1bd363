using Microsoft.Extensions.AI;
using Moq;
using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Running;

public sealed class RecordingChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_CallersListGrowsAfterTheCall_RecordedRequestKeepsWhatWasSent()
    {
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        var requests = new List<RecordedRequest>();
        using var recorder = new RecordingChatClient(inner.Object, requests, new Lock());
        List<ChatMessage> messages = [new(ChatRole.System, "identity"), new(ChatRole.User, "task card")];
        var options = new ChatOptions { ModelId = "tier-a" };

        var response = await recorder.GetResponseAsync(messages, options);
        messages.Add(new ChatMessage(ChatRole.Assistant, "appended by the caller afterwards"));
        options.ModelId = "changed afterwards";

        Assert.Equal("done", response.Text);
        var recorded = Assert.Single(requests);
        Assert.Equal(["identity", "task card"], recorded.Messages.Select(m => m.Text));
        Assert.Equal("tier-a", recorded.Options?.ModelId);
        inner.Verify(c => c.GetResponseAsync(It.Is<IEnumerable<ChatMessage>>(m => m.Count() == 2), options, It.IsAny<CancellationToken>()), Times.Once);
    }
}
