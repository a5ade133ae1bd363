namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The author's answer to a human's rejection, read as the prompt writes it in the feedback:
/// <c>- [review] &lt;who&gt; rejected the version: &lt;reason&gt;</c>. The reason is the human's own words,
/// so the stub does what a careful author can do with them: a passage the reason quotes and asks
/// to be cut (remove, cut, delete, drop, strike) is cut wherever the draft shows it; otherwise the
/// point is taken up in the section the reason names by its heading (the longest heading named),
/// or after the opening paragraph when it names none, once. A rework after a rejection therefore
/// never resubmits the rejected text unchanged unless the draft already answers the same reason.
/// </summary>
internal static class RejectionNote
{
    // How the prompt introduces a human's reason; the author reads it there, as a model would.
    private const string Marker = " rejected the version: ";

    private static readonly string[] CutWords = ["remove", "cut", "delete", "drop", "strike"];

    /// <summary>The human's reason, when <paramref name="issue"/> is a rejection; otherwise null.</summary>
    public static string? ReasonOf(FeedbackItem issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (!issue.Is(FeedbackItem.Review))
        {
            return null;
        }

        var at = issue.Message.IndexOf(Marker, StringComparison.Ordinal);
        var reason = at < 0 ? string.Empty : issue.Message[(at + Marker.Length)..].ReplaceLineEndings(" ").Trim();
        return reason.Length == 0 ? null : reason;
    }

    /// <summary>Changes <paramref name="document"/> the way <paramref name="reason"/> asks, as far as the author can read it.</summary>
    public static void Apply(DraftDocument document, string reason)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reason);
        var quoted = Quoted(reason).Where(q => Shows(document, q)).ToList();
        if (quoted.Count > 0 && AsksToCut(reason))
        {
            foreach (var passage in quoted)
            {
                while (Shows(document, passage))
                {
                    ReviewFix.Apply(document, new FeedbackItem(FeedbackItem.Review, ReviewFix.RemoveIt, passage));
                }
            }

            return;
        }

        var answer = Answer(reason);
        if (document.Body.Any(s => s.Lines.Contains(answer, StringComparer.Ordinal)) || document.Front.Contains(answer, StringComparer.Ordinal))
        {
            return;
        }

        var named = document.Body
            .Where(s => s.Heading.Length > 0 && reason.Contains(s.Heading, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Heading.Length)
            .FirstOrDefault();
        if (named is not null)
        {
            named.Lines.AddRange([string.Empty, answer]);
            return;
        }

        // No section named: the point is taken up right after the opening paragraph.
        var end = document.Front.FindIndex(string.IsNullOrWhiteSpace);
        document.Front.InsertRange(end < 0 ? document.Front.Count : end, [string.Empty, answer]);
    }

    // The sentence that takes the point up: the reason as the reviewer gave it, quoted, so nothing
    // the stub cannot know is claimed in the client's name.
    private static string Answer(string reason) => $"This version takes up a point raised in review: \"{reason}\"";

    private static bool AsksToCut(string reason) =>
        reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?').ToLowerInvariant())
            .Any(w => CutWords.Contains(w, StringComparer.Ordinal));

    private static bool Shows(DraftDocument document, string passage) =>
        document.Front.Concat(document.Body.SelectMany(s => s.Lines)).Any(l => l.Contains(passage, StringComparison.Ordinal));

    // Passages between straight or curly double quotes, in order.
    private static IEnumerable<string> Quoted(string reason)
    {
        var open = -1;
        for (var i = 0; i < reason.Length; i++)
        {
            if (reason[i] is '"' or '\u201C' or '\u201D')
            {
                if (open < 0)
                {
                    open = i;
                }
                else
                {
                    if (i - open > 1)
                    {
                        yield return reason[(open + 1)..i];
                    }

                    open = -1;
                }
            }
        }
    }
}
