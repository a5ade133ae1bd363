namespace NexusSim.Agents.Prompts;

/// <summary>Reads <c>key: value</c> lines under a heading until the next heading or blank line.</summary>
/// <remarks>
/// The prompt is read in place, line by line (a line ends at a line feed, a carriage return before it
/// is not part of it): only the keys and values found are copied out, not every line of the prompt.
/// </remarks>
internal static class TaskCardReader
{
    public static Dictionary<string, string>? Read(string text, string heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = HeadingLineEnd(text, heading);
        if (at < 0)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (at <= text.Length)
        {
            var lineFeed = text.IndexOf('\n', at);
            var end = lineFeed < 0 ? text.Length : lineFeed;
            var line = text.AsSpan(at, end - at).TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                values[line[..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
            }

            at = end + 1;
        }

        return values;
    }

    // Where the line after the first line that is exactly heading (carriage returns at its end aside) starts;
    // the text's length when that line is the last; -1 when there is no such line.
    private static int HeadingLineEnd(string text, string heading)
    {
        for (var found = text.IndexOf(heading, StringComparison.Ordinal); found >= 0; found = text.IndexOf(heading, found + 1, StringComparison.Ordinal))
        {
            if (found > 0 && text[found - 1] != '\n')
            {
                continue;
            }

            var end = found + heading.Length;
            while (end < text.Length && text[end] == '\r')
            {
                end++;
            }

            if (end == text.Length || text[end] == '\n')
            {
                return end + 1;
            }
        }

        return -1;
    }
}
