using System.Buffers;
using System.Collections.Concurrent;
using NexusSim.Agents.Memories;

namespace NexusSim.Agents.Metering;

/// <summary>
/// Counts the o200k tokens of a text as the sum of the counts of its lines, each line's count
/// remembered by content: a prompt re-sends the brief, the identity, the earlier deliverables line
/// for line, so only its new lines reach the tokenizer, and a new line is counted by its clauses, each
/// remembered too (see <see cref="EndsClause"/>). Exact, not an estimate: the text is cut only where
/// the o200k pre-tokenizer always cuts (after a line feed, before a character that is neither white
/// space nor <c>/</c>, see <see cref="StartsSegment"/>; after a JSON-escaped line feed, see
/// <see cref="StartsSegmentAfterLowercase"/>; before a space after punctuation, see
/// <see cref="EndsClause"/>), and the tokenizer never merges across a pre-token boundary, so the sum
/// equals the count of the whole text. Bounded: when <see cref="Capacity"/> lines (or clauses) are
/// remembered, that memory is emptied and refilled.
/// </summary>
internal sealed class SegmentTokenCounter
{
    /// <summary>Lines (and, apart, clauses) remembered before that memory is emptied.</summary>
    public const int DefaultCapacity = 16_384;

    // Where a segment may end: a line feed, or the backslash of an escaped one.
    private static readonly SearchValues<char> LineFeedOrBackslash = SearchValues.Create("\n\\");

    private readonly CappedMemory<string, int> _lines;
    private readonly CappedMemory<string, int> _clauses;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _linesBySpan;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _clausesBySpan;
    private readonly Func<string, int> _tokenize;
    private long _tokenized;

    /// <summary>A counter over <paramref name="tokenize"/> (the o200k count when not given) remembering at most <paramref name="capacity"/> lines.</summary>
    public SegmentTokenCounter(int capacity = DefaultCapacity, Func<string, int>? tokenize = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _tokenize = tokenize ?? TokenCounter.Count;
        _lines = new CappedMemory<string, int>(capacity, StringComparer.Ordinal);
        _clauses = new CappedMemory<string, int>(capacity, StringComparer.Ordinal);
        _linesBySpan = _lines.GetAlternateLookup<ReadOnlySpan<char>>();
        _clausesBySpan = _clauses.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Lines remembered at most.</summary>
    public int Capacity { get; }

    /// <summary>Lines remembered now.</summary>
    public int Remembered => _lines.Count;

    /// <summary>Texts (lines, or the clauses of new lines) that went to the tokenizer so far (the rest came from memory).</summary>
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

    /// <summary>
    /// Whether the o200k pre-tokenizer always ends a pre-token at <paramref name="previous"/> when a space
    /// follows it: an ASCII character that is neither a letter, a digit nor white space ends a run of such
    /// characters there (space is not one of them nor a line feed or <c>/</c>), and is not the mark that
    /// may open a word (a letter would have to follow) nor the apostrophe of a contraction (likewise).
    /// </summary>
    internal static bool EndsClause(char previous) => previous is > ' ' and < '\x7f' && !char.IsAsciiLetterOrDigit(previous);

    private int CountSegment(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (_linesBySpan.TryGetValue(span, out var known))
        {
            return known;
        }

        var segment = start == 0 && end == text.Length ? text : span.ToString();
        var count = CountClauses(segment);
        _lines.Add(segment, count);
        return count;
    }

    // A line not met before, counted clause by clause: cut before a space that follows punctuation and
    // precedes a letter (see EndsClause). A new line is mostly an old one with a figure, a name or a hash
    // changed (a status re-quoted, a paragraph revised), so most of its clauses come from memory. Lines
    // met again are looked up whole, in one step; only new lines pay for the finer cut.
    private int CountClauses(string line)
    {
        var total = 0;
        var start = 0;
        for (var space = line.IndexOf(' ', 1); space > 0 && space + 1 < line.Length; space = line.IndexOf(' ', space + 1))
        {
            if (EndsClause(line[space - 1]) && char.IsAsciiLetter(line[space + 1]))
            {
                total += CountClause(line, start, space);
                start = space;
            }
        }

        return start == 0 ? Tokenize(line) : total + CountClause(line, start, line.Length);
    }

    private int CountClause(string line, int start, int end)
    {
        var span = line.AsSpan(start, end - start);
        if (_clausesBySpan.TryGetValue(span, out var known))
        {
            return known;
        }

        var clause = span.ToString();
        var count = Tokenize(clause);
        _clauses.Add(clause, count);
        return count;
    }

    private int Tokenize(string text)
    {
        Interlocked.Increment(ref _tokenized);
        return _tokenize(text);
    }
}
