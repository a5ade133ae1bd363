using Microsoft.Extensions.AI;
using Moq;
using NexusSim.Cli.Benchmarks;

namespace NexusSim.Cli.Tests.Running;

public sealed class RecordingChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_CallersListGrowsAfterTheCall_RecordedRequestKeepsWhatWasSent()
    {
        var inner = AnsweringDone();
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

    [Fact]
    public async Task GetResponseAsync_SameOptionsOnEveryCall_OneSnapshotSharedAsTheCallerSharedThem()
    {
        // An actor's turns send one options instance (and tool list) on every call; the stub remembers a
        // tool list's token count by instance, so a snapshot per call would make the replay count it each time.
        var inner = AnsweringDone();
        var requests = new List<RecordedRequest>();
        using var recorder = new RecordingChatClient(inner.Object, requests, new Lock());
        var actor = new ChatOptions { ModelId = "tier-a" };
        var other = new ChatOptions { ModelId = "tier-b" };

        await recorder.GetResponseAsync([new(ChatRole.User, "one")], actor);
        await recorder.GetResponseAsync([new(ChatRole.User, "two")], actor);
        await recorder.GetResponseAsync([new(ChatRole.User, "three")], other);

        Assert.Equal(3, requests.Count);
        Assert.Same(requests[0].Options, requests[1].Options);
        Assert.NotSame(requests[0].Options, requests[2].Options);
        Assert.NotSame(actor, requests[0].Options);
        Assert.Equal(("tier-a", "tier-b"), (requests[0].Options!.ModelId, requests[2].Options!.ModelId));
    }

    // A model that answers "done" to every call.
    private static Mock<IChatClient> AnsweringDone()
    {
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        return inner;
    }
}
