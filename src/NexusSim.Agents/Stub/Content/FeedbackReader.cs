using System.Text;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Reads the feedback lines of a prompt, <c>- [label] message: "target"</c>, where a backslash
/// escapes the next character (<c>\n</c> is a line break). A message that ends a sentence names its
/// target after the word <c>Quoted</c>: <c>- [review] Remove it. Quoted: "target"</c>; a stop written
/// escaped (<c>\.</c>) before that word belongs to the message. Lines of any other shape are skipped.
/// </summary>
public static class FeedbackReader
{
    // What follows a sentence-ending message when a target comes after it.
    private const string Lead = " Quoted";

    /// <summary>The feedback items written in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<FeedbackItem> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<FeedbackItem>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length < 4 || line[0] != '-' || line[1] != ' ' || line[2] != '[')
            {
                continue;
            }

            var close = line.IndexOf(']', 3);
            if (close > 3)
            {
                items.Add(Split(line[3..close].Trim().ToLowerInvariant(), line[(close + 1)..].TrimStart()));
            }
        }

        return items;
    }

    // Walks the line once, unescaping as it goes and noting where each unescaped quote landed and
    // which characters were escaped. The line is targeted when it ends on an unescaped quote whose
    // opening partner follows ": ".
    private static FeedbackItem Split(string label, string rest)
    {
        var text = new StringBuilder(rest.Length);
        var quotes = new List<int>();
        var escaped = new HashSet<int>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '\\' && i + 1 < rest.Length)
            {
                var next = rest[++i];
                escaped.Add(text.Length);
                text.Append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                continue;
            }

            if (rest[i] == '"')
            {
                quotes.Add(text.Length);
            }

            text.Append(rest[i]);
        }

        var written = text.ToString();
        if (quotes.Count >= 2 && quotes[^1] == written.Length - 1)
        {
            var open = quotes[^2];
            if (open >= 2 && written[open - 2] == ':' && written[open - 1] == ' ')
            {
                var message = written[..(open - 2)];
                var stop = message.Length - Lead.Length - 1;
                if (stop >= 0 && message.EndsWith(Lead, StringComparison.Ordinal) && (message[stop] is '.' or '!' or '?') && !escaped.Contains(stop))
                {
                    message = message[..(stop + 1)];
                }

                return new FeedbackItem(label, message, written[(open + 1)..^1]);
            }
        }

        return new FeedbackItem(label, written, null);
    }
}
