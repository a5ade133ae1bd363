namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The author's answer to a human's rejection, read as the prompt writes it in the feedback:
/// <c>- [review] &lt;who&gt; rejected the version: &lt;reason&gt;</c>. The reason is the human's own words,
/// so the stub does what a careful author can do with them: a passage the reason quotes and asks
/// to be cut (remove, cut, delete, drop, strike) is cut wherever the draft shows it; otherwise the
/// section the reason names by its heading (the longest heading named) is written again, or every
/// body section when it names none: the same facts and sources in other words, since the stub
/// cannot write what a free-text reason asks for. Nothing of the reason itself goes into the
/// client's document.
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

    /// <summary>
    /// Changes <paramref name="document"/> the way <paramref name="reason"/> asks, as far as the author can read it:
    /// a quoted passage it asks to cut is cut; otherwise the section it names is written again
    /// (<paramref name="redraft"/>: the same facts and sources in other words), or every body section when it names none.
    /// </summary>
    public static void Apply(DraftDocument document, string reason, Func<string, DraftSection> redraft)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(redraft);
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

        var body = document.Body.Where(s => s.Heading.Length > 0 && !s.IsSources).ToList();
        var named = body
            .Where(s => reason.Contains(s.Heading, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Heading.Length)
            .FirstOrDefault();
        foreach (var section in named is null ? body : [named])
        {
            var lines = redraft(section.Heading).Lines;
            section.Lines.Clear();
            section.Lines.AddRange(lines);
        }
    }

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
