using System.Buffers;
using System.Collections.Concurrent;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Counts the o200k tokens of a text as the sum of the counts of its lines, each line's count
/// remembered by content: a prompt re-sends the brief, the identity, the earlier deliverables line
/// for line, so only its new lines reach the tokenizer. Exact, not an estimate: the text is cut
/// only where the o200k pre-tokenizer always cuts (after a line feed, before a character that is
/// neither white space nor <c>/</c>, see <see cref="StartsSegment"/>; after a JSON-escaped line feed,
/// see <see cref="StartsSegmentAfterLowercase"/>), and the tokenizer never
/// merges across a pre-token boundary, so the sum equals the count of the whole text. Bounded:
/// when <see cref="Capacity"/> lines are remembered the memory is emptied and refilled.
/// </summary>
internal sealed class SegmentTokenCounter
{
    /// <summary>Lines remembered before the memory is emptied.</summary>
    public const int DefaultCapacity = 16_384;

    // Where a segment may end: a line feed, or the backslash of an escaped one.
    private static readonly SearchValues<char> LineFeedOrBackslash = SearchValues.Create("\n\\");

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Func<string, int> _tokenize;
    private readonly Lock _clearing = new();
    private long _tokenized;
    private int _entries;

    /// <summary>A counter over <paramref name="tokenize"/> (the o200k count when not given) remembering at most <paramref name="capacity"/> lines.</summary>
    public SegmentTokenCounter(int capacity = DefaultCapacity, Func<string, int>? tokenize = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _tokenize = tokenize ?? TokenCounter.Count;
        _bySpan = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Lines remembered at most.</summary>
    public int Capacity { get; }

    /// <summary>Lines remembered now.</summary>
    public int Remembered => _counts.Count;

    /// <summary>Lines that went to the tokenizer so far (the rest came from memory).</summary>
    public long Tokenized => Interlocked.Read(ref _tokenized);

    /// <summary>The o200k tokens of <paramref name="text"/>.</summary>
    public int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var total = 0;
        var start = 0;
        var at = 0;
        while (true)
        {
            var found = text.AsSpan(at).IndexOfAny(LineFeedOrBackslash);
            if (found < 0)
            {
                break;
            }

            var mark = at + found;
            var cut = text[mark] == '\n' ? mark + 1 : mark + 2;
            if (cut < text.Length && (text[mark] == '\n' ? StartsSegment(text[cut]) : text[mark + 1] == 'n' && StartsSegmentAfterLowercase(text[cut])))
            {
                total += CountSegment(text, start, cut);
                start = cut;
            }

            at = mark + 1;
        }

        return total + CountSegment(text, start, text.Length);
    }

    /// <summary>
    /// Whether the o200k pre-tokenizer always starts a new pre-token at <paramref name="next"/> when it
    /// follows a line feed. Every pattern that can hold a line feed ends at the last line feed of a
    /// run unless white space or <c>/</c> follows (<c>[\r\n/]*</c> after punctuation), and none looks
    /// behind; an ASCII letter or digit or one of a few markdown marks is never white space nor <c>/</c>.
    /// </summary>
    internal static bool StartsSegment(char next) =>
        char.IsAsciiLetterOrDigit(next) || IsMark(next);

    /// <summary>
    /// Whether the o200k pre-tokenizer always starts a new pre-token at <paramref name="next"/> when it
    /// follows an ASCII lowercase letter: used after <c>\n</c>, the line feed escaped in JSON (a tool
    /// call's arguments carry a whole deliverable on one line, so its paragraphs are remembered one by
    /// one). A pre-token holding a lowercase letter is a run of letters (an optional mark before it),
    /// which ends before anything that is not a lowercase-class letter, a combining mark or the
    /// apostrophe of a contraction; an ASCII uppercase letter, a digit or one of the marks is none of these.
    /// </summary>
    internal static bool StartsSegmentAfterLowercase(char next) =>
        char.IsAsciiLetterUpper(next) || char.IsAsciiDigit(next) || IsMark(next);

    private static bool IsMark(char c) => c is '#' or '-' or '*' or '|' or '>' or '[' or '(' or '`' or '_' or '"';

    private int CountSegment(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (_bySpan.TryGetValue(span, out var known))
        {
            return known;
        }

        var segment = start == 0 && end == text.Length ? text : span.ToString();
        var count = _tokenize(segment);
        Interlocked.Increment(ref _tokenized);
        // The entries are counted here, not read from the dictionary: its Count takes every lock it has.
        if (Volatile.Read(ref _entries) >= Capacity)
        {
            lock (_clearing)
            {
                if (Volatile.Read(ref _entries) >= Capacity)
                {
                    _counts.Clear();
                    Volatile.Write(ref _entries, 0);
                }
            }
        }

        if (_counts.TryAdd(segment, count))
        {
            Interlocked.Increment(ref _entries);
        }

        return count;
    }
}
