namespace NexusSim.Agents.Prompts;

/// <summary>Reads <c>key: value</c> lines under a heading until the next heading or blank line.</summary>
internal static class TaskCardReader
{
    public static Dictionary<string, string>? Read(string text, string heading)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == heading);
        if (start < 0)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return values;
    }
}
