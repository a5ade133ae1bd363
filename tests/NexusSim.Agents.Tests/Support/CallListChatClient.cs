using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Tests.Support;

/// <summary>A model that makes the given tool calls, one per response, then answers with text; it keeps every request it saw.</summary>
internal sealed class CallListChatClient : IChatClient
{
    private readonly IReadOnlyList<(string Tool, Dictionary<string, object?> Arguments)> _calls;

    public CallListChatClient(params (string Tool, Dictionary<string, object?> Arguments)[] calls) => _calls = calls;

    public List<List<ChatMessage>> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add(list);
        var made = list.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Count();
        var message = made < _calls.Count
            ? new ChatMessage(ChatRole.Assistant, [new FunctionCallContent($"call-{made}", _calls[made].Tool, _calls[made].Arguments)])
            : new ChatMessage(ChatRole.Assistant, "done");
        return Task.FromResult(new ChatResponse(message));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
