namespace NexusSim.Agents.Metering;

/// <summary>
/// Token counts of the prompt parts a turn sends again and again, so each is tokenized once: every
/// call of a turn re-sends the turn's earlier messages and the same tool definitions, and every turn
/// of an agent sends the same identity text. This turn's texts are remembered by content (dropped
/// with the turn); what the turn has not seen goes to the container's <see cref="TokenCounts"/>.
/// A count is a pure function of the text, so caching changes no figure.
/// </summary>
internal sealed class TokenCountCache
{
    private readonly TokenCounts _shared;
    private readonly Dictionary<string, int> _turn = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _contents = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();

    /// <summary>A turn's memory over <paramref name="shared"/> (fresh, unshared memories when not given).</summary>
    public TokenCountCache(TokenCounts? shared = null) => _shared = shared ?? new TokenCounts();

    /// <summary>The tokens of the tool definitions <paramref name="tools"/> (see <see cref="TokenCounts.CountToolDefinitions"/>).</summary>
    public int CountTools(IList<Microsoft.Extensions.AI.AITool> tools) => _shared.CountToolDefinitions(tools);

    /// <summary>
    /// The tokens of <paramref name="content"/> (a tool call or a tool result of this turn) as
    /// <paramref name="count"/> counts it, once per content instance: every later call of the turn
    /// re-sends the same contents, and a call's arguments would otherwise be serialized again each time.
    /// </summary>
    public int CountContent(object content, Func<int> count)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(count);
        lock (_gate)
        {
            if (_contents.TryGetValue(content, out var known))
            {
                return known;
            }
        }

        var counted = count();
        lock (_gate)
        {
            _contents[content] = counted;
        }

        return counted;
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
