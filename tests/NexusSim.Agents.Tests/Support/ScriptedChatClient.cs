using System.Globalization;
using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// A fake model that answers with the scripted replies in order (then "Done."), emitting real
/// <see cref="FunctionCallContent"/>, and keeps every request it was sent.
/// </summary>
internal sealed class ScriptedChatClient : IChatClient
{
    public const string DoneText = "Done.";

    private readonly Queue<ScriptedReply> _replies;
    private readonly List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> _requests = [];
    private int _calls;

    public ScriptedChatClient(params ScriptedReply[] replies) => _replies = new Queue<ScriptedReply>(replies);

    public IReadOnlyList<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests => _requests;

    /// <summary>Adds replies to the script.</summary>
    public void Enqueue(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    /// <summary>The tool results the model was sent, in order.</summary>
    public IReadOnlyList<FunctionResultContent> Results =>
        [.. (_requests.Count == 0 ? [] : _requests[^1].Messages).SelectMany(m => m.Contents).OfType<FunctionResultContent>()];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages.ToList();
        _requests.Add((sent, options));
        if (!_replies.TryDequeue(out var reply))
        {
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, DoneText)));
        }

        if (reply.Text is { } text)
        {
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));
        }

        var contents = reply.Calls
            .Select(call => (AIContent)new FunctionCallContent(
                string.Create(CultureInfo.InvariantCulture, $"call_{++_calls}"),
                call.RawName ? call.Name : ToolFor(options, call.Name),
                new Dictionary<string, object?>(call.Arguments)))
            .ToList();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, contents)) { FinishReason = ChatFinishReason.ToolCalls });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static string ToolFor(ChatOptions? options, string action) =>
        options?.Tools?.OfType<AIFunctionDeclaration>()
            .Select(t => t.Name)
            .FirstOrDefault(n => n == action || (n.Length > action.Length && n.EndsWith(action, StringComparison.Ordinal) && n[^(action.Length + 1)] is '_' or '-' or '.'))
        ?? throw new InvalidOperationException($"No tool for '{action}' was offered.");
}
