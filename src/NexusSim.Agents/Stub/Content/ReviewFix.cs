namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Acts on a reviewer's note that quotes the text it is about and says what to do with it: "… Write
/// instead: &lt;text&gt;" replaces the quoted text, "… Remove it." deletes it (and the paragraph, when
/// nothing else is left). A note without one of those, or whose quote the draft no longer shows, is
/// left to the author's judgement and changes nothing.
/// </summary>
internal static class ReviewFix
{
    /// <summary>Opens the replacement text at the end of a reviewer's note.</summary>
    public const string WriteInstead = "Write instead: ";

    /// <summary>Ends a reviewer's note asking for the quoted text to go.</summary>
    public const string RemoveIt = "Remove it.";

    /// <summary>True when <paramref name="issue"/> quotes its text and says what to write instead of it, or to remove it.</summary>
    public static bool Acts(FeedbackItem issue) => issue.Target is { Length: > 0 } && Replacement(issue) is not null;

    public static void Apply(DraftDocument document, FeedbackItem issue)
    {
        if (issue.Target is not { Length: > 0 } target || Replacement(issue) is not { } replacement)
        {
            return;
        }

        foreach (var lines in document.Body.Select(s => s.Lines).Prepend(document.Front))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var index = lines[i].IndexOf(target, StringComparison.Ordinal);
                if (index < 0)
                {
                    continue;
                }

                var head = replacement.Length == 0 ? lines[i][..index].TrimEnd(' ') : lines[i][..index];
                lines[i] = head + replacement + lines[i][(index + target.Length)..];
                if (lines[i].Trim().Length == 0)
                {
                    lines.RemoveAt(i);
                    if (i > 0 && lines[i - 1].Trim().Length == 0)
                    {
                        lines.RemoveAt(i - 1);
                    }
                }

                return;
            }
        }
    }

    // The text to write instead of the quoted one (empty: remove it), or null when the note says neither.
    private static string? Replacement(FeedbackItem issue)
    {
        var at = issue.Message.IndexOf(WriteInstead, StringComparison.Ordinal);
        return at >= 0 ? issue.Message[(at + WriteInstead.Length)..]
            : issue.Message.TrimEnd().EndsWith(RemoveIt, StringComparison.Ordinal) ? string.Empty : null;
    }
}
