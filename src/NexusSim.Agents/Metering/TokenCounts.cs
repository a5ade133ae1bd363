using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace NexusSim.Agents.Metering;

/// <summary>
/// The token-count memories every engagement of one container shares (registered as a singleton by
/// <see cref="NexusSim.Agents.AgentsServiceCollectionExtensions.AddNexusSimAgents"/>; a test builds its own): any text
/// by string instance (weak: an entry goes when its string does), tool definitions by content (a
/// fixed set per firm, capped at <see cref="MaxToolEntries"/>), and the line counts of
/// <see cref="SegmentTokenCounter"/>, which tokenizes only the lines it has not seen. A count is a
/// pure function of the text, so sharing changes no figure.
/// </summary>
public sealed class TokenCounts
{
    /// <summary>At most this many tool texts are remembered; more are counted each time.</summary>
    public const int MaxToolEntries = 1024;

    private readonly ConditionalWeakTable<string, StrongBox<int>> _byInstance = new();
    private readonly ConcurrentDictionary<string, int> _tools = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<IList<AITool>, StrongBox<(int Tools, int Tokens)>> _toolLists = new();
    private readonly ConditionalWeakTable<AIContent, StrongBox<int>> _contents = new();

    /// <summary>Empty memories over the o200k tokenizer.</summary>
    public TokenCounts()
        : this(new SegmentTokenCounter())
    {
    }

    internal TokenCounts(SegmentTokenCounter lines) => Lines = lines ?? throw new ArgumentNullException(nameof(lines));

    /// <summary>The line counts (for tests and the benchmark).</summary>
    internal SegmentTokenCounter Lines { get; }

    /// <summary>How many tool texts are remembered.</summary>
    public int ToolEntries => _tools.Count;

    /// <summary>The o200k tokens of <paramref name="text"/> when this very string was counted before, else null.</summary>
    internal int? Known(string text) => _byInstance.TryGetValue(text, out var known) ? known.Value : null;

    /// <summary>Counts <paramref name="text"/> line by line and remembers the count for this string instance.</summary>
    internal int CountAndRemember(string text)
    {
        var count = Lines.Count(text);
        _byInstance.AddOrUpdate(text, new StrongBox<int>(count));
        return count;
    }

    /// <summary>
    /// The tokens of <paramref name="content"/> (a tool call or a tool result) as <paramref name="count"/>
    /// counts it, once per content instance (weak: an entry goes when its content does): every later
    /// call of a turn re-sends the same contents, and the call that made a tool call and the one that
    /// re-sends it are counted by different memories (the model's usage, then the meter's).
    /// </summary>
    internal int CountContent(AIContent content, Func<int> count)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(count);
        if (_contents.TryGetValue(content, out var known))
        {
            return known.Value;
        }

        var counted = count();
        _contents.AddOrUpdate(content, new StrongBox<int>(counted));
        return counted;
    }

    /// <summary>
    /// Counts <paramref name="joined"/>, the concatenation of <paramref name="parts"/> in order, from the
    /// parts' counts, and remembers it for this string instance: a prompt is built of parts the
    /// engagement sends again and again (the brief, an artifact), each counted once by instance. Exact:
    /// the sum is taken only when every join falls where <see cref="SegmentTokenCounter"/> cuts (a
    /// part ends with a line feed and the next starts a segment), where the tokenizer never merges;
    /// otherwise the whole text is counted.
    /// </summary>
    internal int CountJoined(IReadOnlyList<string> parts, string joined)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(joined);
        if (Known(joined) is { } known)
        {
            return known;
        }

        var count = CutsAtEveryJoin(parts) ? SumOfParts(parts) : Lines.Count(joined);
        _byInstance.AddOrUpdate(joined, new StrongBox<int>(count));
        return count;
    }

    private int SumOfParts(IReadOnlyList<string> parts)
    {
        var sum = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            sum += part.Length == 0 ? 0 : Known(part) ?? CountAndRemember(part);
        }

        return sum;
    }

    private static bool CutsAtEveryJoin(IReadOnlyList<string> parts)
    {
        string? previous = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                continue;
            }

            if (previous is not null && !(previous[^1] == '\n' && SegmentTokenCounter.StartsSegment(part[0])))
            {
                return false;
            }

            previous = part;
        }

        return true;
    }

    /// <summary>
    /// The tokens of the tool list <paramref name="tools"/> as <paramref name="count"/> counts it, remembered
    /// for this very list (weak: an entry goes when its list does). A turn offers the same list on every
    /// call, and an actor's turns share one (see <c>TurnKernelPool</c>); a list whose length changed is
    /// counted again.
    /// </summary>
    internal int CountToolList(IList<AITool> tools, Func<IList<AITool>, int> count)
    {
        if (_toolLists.TryGetValue(tools, out var known) && known.Value.Tools == tools.Count)
        {
            return known.Value.Tokens;
        }

        var tokens = count(tools);
        _toolLists.AddOrUpdate(tools, new StrongBox<(int, int)>((tools.Count, tokens)));
        return tokens;
    }

    /// <summary>
    /// The tokens the tool definitions <paramref name="tools"/> add to every call that offers them (each
    /// function's name, description and JSON schema), counted once per list: what the meter adds to a
    /// call's prompt and what a context budget reserves for the tools.
    /// </summary>
    public int CountToolDefinitions(IList<AITool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return CountToolList(tools, list => list.OfType<AIFunctionDeclaration>().Sum(t => CountTool(t.Name) + CountTool(t.Description) + CountTool(t.JsonSchema.GetRawText())));
    }

    /// <summary>The o200k tokens of a tool definition's <paramref name="text"/>, remembered by content (up to <see cref="MaxToolEntries"/>).</summary>
    public int CountTool(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (_tools.TryGetValue(text, out var count))
        {
            return count;
        }

        count = Lines.Count(text);
        if (_tools.Count < MaxToolEntries)
        {
            _tools.TryAdd(text, count);
        }

        return count;
    }
}
