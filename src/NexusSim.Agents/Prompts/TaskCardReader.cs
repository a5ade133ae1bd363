namespace NexusSim.Agents.Prompts;

/// <summary>Reads <c>key: value</c> lines under a heading until the next heading or blank line.</summary>
/// <remarks>
/// The prompt is read in place, line by line (see <see cref="PromptLines"/>; a carriage return at a
/// line's end is not part of it): only the keys and values found are copied out.
/// </remarks>
internal static class TaskCardReader
{
    public static Dictionary<string, string>? Read(string text, string heading)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(heading);
        // The first line that is exactly the heading.
        var at = -1;
        foreach (var found in PromptLines.Starting(text, heading))
        {
            if (PromptLines.At(text, found, out var next).TrimEnd('\r').Length == heading.Length)
            {
                at = next;
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (at <= text.Length)
        {
            var line = PromptLines.At(text, at, out at).TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                values[line[..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
            }
        }

        return values;
    }
}
