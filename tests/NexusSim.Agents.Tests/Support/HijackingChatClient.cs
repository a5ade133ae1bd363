using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Tests.Support;

/// <summary>
/// Wraps a model and, on the first request of every turn whose prompt contains <c>marker</c>, answers
/// instead with calls to the offered tools ending in the given actions (with the given arguments).
/// An adversary inside a protocol's own turn: what it tries must meet the same filter.
/// </summary>
internal sealed class HijackingChatClient(IChatClient inner, string marker, IReadOnlyList<(string Action, Dictionary<string, object?> Arguments)> calls) : DelegatingChatClient(inner)
{
    public int Hijacked { get; private set; }

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var prompt = list.FirstOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
        if (!prompt.Contains(marker, StringComparison.Ordinal) || list.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Any())
        {
            return base.GetResponseAsync(list, options, cancellationToken);
        }

        Hijacked++;
        var tools = options?.Tools?.OfType<AIFunctionDeclaration>().Select(t => t.Name).ToList() ?? [];
        var contents = calls.Select((c, i) => (AIContent)new FunctionCallContent($"hijack_{Hijacked}_{i}", tools.First(n => n.EndsWith(c.Action, StringComparison.Ordinal)), c.Arguments)).ToList();
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, contents)) { FinishReason = ChatFinishReason.ToolCalls });
    }
}
