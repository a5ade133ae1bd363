using System.Text.Json;
using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Metering;

/// <summary>
/// The o200k usage of a model call, what the stub reports as a provider would and what the meter
/// counts when a provider reports none: every message's contents plus 4 tokens of framing, and the
/// tool definitions offered. The prompt parts a turn sends again and again are tokenized once: every
/// call of a turn re-sends the turn's earlier messages and the same tool definitions, and every turn
/// of an agent sends the same identity text. Texts are remembered by content for this memory's life
/// (a turn's for the meter, an engagement's for the stub); what it has not seen goes to the
/// container's <see cref="TokenCounts"/>. A count is a pure function of the text, so caching changes no figure.
/// </summary>
internal sealed class TokenCountCache
{
    private readonly TokenCounts _shared;
    private readonly Dictionary<string, int> _turn = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>A turn's memory over <paramref name="shared"/> (fresh, unshared memories when not given).</summary>
    public TokenCountCache(TokenCounts? shared = null) => _shared = shared ?? new TokenCounts();

    /// <summary>The tokens of the tool definitions <paramref name="tools"/> (see <see cref="TokenCounts.CountToolDefinitions"/>).</summary>
    public int CountTools(IList<Microsoft.Extensions.AI.AITool> tools) => _shared.CountToolDefinitions(tools);

    /// <summary>The prompt tokens of a call sending <paramref name="messages"/> with <paramref name="options"/>' tools.</summary>
    public long CountPrompt(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        long tokens = options?.Tools is { } tools ? CountTools(tools) : 0;
        foreach (var message in messages)
        {
            tokens += CountMessage(message);
        }

        return tokens;
    }

    /// <summary>The completion tokens of a reply made of <paramref name="messages"/>.</summary>
    public long CountReply(IEnumerable<ChatMessage> messages) => CountPrompt(messages, null);

    private int CountMessage(ChatMessage message)
    {
        var tokens = 4;
        foreach (var content in message.Contents)
        {
            tokens += content switch
            {
                TextContent text => Count(text.Text),
                FunctionCallContent call => _shared.CountContent(call, () => Count(call.Name) + Count(JsonSerializer.Serialize(call.Arguments))),
                FunctionResultContent result => _shared.CountContent(result, () => Count(Convert.ToString(result.Result, System.Globalization.CultureInfo.InvariantCulture))),
                _ => 0,
            };
        }

        return tokens;
    }

    /// <summary>The o200k tokens of <paramref name="text"/>, from memory when it was counted before.</summary>
    public int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (_shared.Known(text) is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            if (_turn.TryGetValue(text, out var counted))
            {
                return counted;
            }
        }

        var count = _shared.CountAndRemember(text);
        lock (_gate)
        {
            _turn[text] = count;
        }

        return count;
    }
}
