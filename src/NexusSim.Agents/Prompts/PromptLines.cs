namespace NexusSim.Agents.Prompts;

/// <summary>
/// Reading a prompt in place, line by line, as the stub's readers do (a line ends at a line feed, which
/// is not part of it): no line is copied out, only what a reader keeps.
/// </summary>
internal static class PromptLines
{
    /// <summary>The line that starts at <paramref name="at"/>, and where the next line starts (past the text's end when this is the last).</summary>
    public static ReadOnlySpan<char> At(string text, int at, out int next)
    {
        var lineFeed = text.IndexOf('\n', at);
        var end = lineFeed < 0 ? text.Length : lineFeed;
        next = end + 1;
        return text.AsSpan(at, end - at);
    }

    /// <summary>Where <paramref name="value"/> starts a line of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<int> Starting(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                yield return at;
            }
        }
    }
}
