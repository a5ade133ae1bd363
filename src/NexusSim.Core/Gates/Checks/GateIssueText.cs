using System.Text;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// The written form of gate issues, as feedback travels inside prompts: one line per issue,
/// <c>- [evidence] Unsourced figure: "18%"</c>. The label is the check kind in lower case, or
/// <c>review</c> for a reviewer's issue. A message that ends a sentence (its last character is
/// <c>.</c>, <c>!</c> or <c>?</c>) introduces its target with the word <c>Quoted</c> instead of a
/// bare colon: <c>- [review] Write instead: X [S4]. Quoted: "X [S2]."</c>. In the message and the
/// target a backslash, a double quote and a line break are written <c>\\</c>, <c>\"</c> and
/// <c>\n</c>, so the target (the only unescaped quoted text, at the end of the line) is
/// unambiguous; a message without final punctuation that happens to end in <c>. Quoted</c> has that
/// stop written <c>\.</c>, so the two forms never read alike. <see cref="Parse"/> gives back
/// exactly what <see cref="Format"/> was given, save whitespace around a line's ends. It also reads
/// the shorthand a model may write instead, <c>- [check] message "target"</c> (a space
/// instead of the colon), which <see cref="Format"/> never writes: its messages have no unescaped quote.
/// </summary>
public static class GateIssueText
{
    /// <summary>The label of a reviewer's issue.</summary>
    public const string ReviewLabel = "review";

    /// <summary>The word that introduces the target after a message ending a sentence.</summary>
    public const string TargetWord = "Quoted";

    private const string Stops = ".!?";

    /// <summary>One line per issue.</summary>
    public static string Format(IEnumerable<GateIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var text = new StringBuilder();
        foreach (var issue in issues)
        {
            ArgumentNullException.ThrowIfNull(issue);
            text.Append("- [").Append(Label(issue.Check)).Append("] ");
            if (issue.Target is null)
            {
                text.Append(Escape(issue.Message));
            }
            else
            {
                text.Append(MessageBeforeTarget(issue.Message)).Append(": \"").Append(Escape(issue.Target)).Append('"');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The issues written in <paramref name="text"/>. Lines that are not issue lines are skipped, so
    /// feedback can be parsed out of a whole prompt; an unknown label is read as a reviewer's issue.
    /// </summary>
    public static IReadOnlyList<GateIssue> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<GateIssue>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (!line.StartsWith("- [", StringComparison.Ordinal))
            {
                continue;
            }

            var close = line.IndexOf(']', 3);
            if (close < 0)
            {
                continue;
            }

            var check = ParseLabel(line[3..close].Trim());
            var rest = line[(close + 1)..].TrimStart();
            issues.Add(SplitTarget(check, rest));
        }

        return issues;
    }

    /// <summary>The label written for a check kind.</summary>
    public static string Label(CheckKind? check) =>
        check is { } kind ? kind.ToString().ToLowerInvariant() : ReviewLabel;

    private static CheckKind? ParseLabel(string label) =>
        Enum.TryParse<CheckKind>(label, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    // The escaped message, followed by " Quoted" when it ends a sentence. A message that does not
    // end one but ends in a stop, a space and the word has that stop escaped, so Parse tells them apart.
    private static string MessageBeforeTarget(string message)
    {
        var escaped = Escape(message);
        if (message.Length > 0 && Stops.Contains(message[^1], StringComparison.Ordinal))
        {
            return escaped + " " + TargetWord;
        }

        return EndsWithStopAndWord(escaped) ? escaped.Insert(escaped.Length - TargetWord.Length - 2, "\\") : escaped;
    }

    // True when the written text ends in an unescaped stop, a space and the target word.
    private static bool EndsWithStopAndWord(string written)
    {
        var stop = written.Length - TargetWord.Length - 2;
        return stop >= 0
            && written.EndsWith(" " + TargetWord, StringComparison.Ordinal)
            && Stops.Contains(written[stop], StringComparison.Ordinal)
            && !IsEscaped(written, stop);
    }

    private static GateIssue SplitTarget(CheckKind? check, string rest)
    {
        // The target is the final quoted run: find the quote that opens it (the last unescaped
        // quote before the closing one) and require ": " just before it; before that, a stop, a
        // space and the target word mark a message that ends a sentence.
        if (rest.Length >= 4 && rest[^1] == '"' && !IsEscaped(rest, rest.Length - 1))
        {
            for (var i = rest.Length - 2; i >= 2; i--)
            {
                if (rest[i] == '"' && !IsEscaped(rest, i))
                {
                    if (rest[i - 2] == ':' && rest[i - 1] == ' ')
                    {
                        var head = rest[..(i - 2)];
                        var message = EndsWithStopAndWord(head) ? head[..^(TargetWord.Length + 1)] : head;
                        return new GateIssue(check, Unescape(message), Unescape(rest[(i + 1)..^1]));
                    }

                    if (rest[i - 1] == ' ')
                    {
                        // The shorthand `- [check] message "target"`, as a model may write it.
                        return new GateIssue(check, Unescape(rest[..(i - 1)].TrimEnd()), Unescape(rest[(i + 1)..^1]));
                    }

                    break;
                }
            }
        }

        return new GateIssue(check, Unescape(rest), null);
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                result.Append(next switch { 'n' => '\n', 'r' => '\r', _ => next });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
