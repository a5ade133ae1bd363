namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The stub's own whole-phrase search (a scanner, not the gates' code): the phrase's words in
/// order, case-insensitive, any run of whitespace between them, and no letter or digit glued to
/// either end.
/// </summary>
internal static class PhraseFinder
{
    /// <summary>Each place the phrase occurs, as (index, length), left to right, not overlapping.</summary>
    public static IReadOnlyList<(int Index, int Length)> FindAll(string text, string phrase)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var found = new List<(int, int)>();
        if (words.Length == 0)
        {
            return found;
        }

        var i = 0;
        while (i < text.Length)
        {
            var end = IsBoundary(text, i - 1) ? MatchAt(text, i, words) : -1;
            if (end > i)
            {
                found.Add((i, end - i));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>True when the phrase occurs in the text.</summary>
    public static bool Contains(string text, string phrase) => FindAll(text, phrase).Count > 0;

    private static int MatchAt(string text, int start, string[] words)
    {
        var pos = start;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (pos + word.Length > text.Length
                || !text.AsSpan(pos, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            pos += word.Length;
            if (w < words.Length - 1)
            {
                var spaceStart = pos;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos == spaceStart)
                {
                    return -1;
                }
            }
        }

        return IsBoundary(text, pos) ? pos : -1;
    }

    private static bool IsBoundary(string text, int i) =>
        i < 0 || i >= text.Length || !(char.IsLetter(text[i]) || char.IsNumber(text[i]));
}
