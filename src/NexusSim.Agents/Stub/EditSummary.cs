namespace NexusSim.Agents.Stub;

/// <summary>
/// The one-line summary an editorial pass submits (recorded on the version, shown in the report):
/// <c>Edit pass changes: a; b. Left for the author: c.</c>, or that it found nothing to change.
/// </summary>
public static class EditSummary
{
    /// <summary>Opens the list of changes.</summary>
    public const string ChangesLabel = "Edit pass changes: ";
    /// <summary>Opens the list of findings left for the author.</summary>
    public const string FindingsLabel = "Left for the author: ";

    /// <summary>The summary of a pass with <paramref name="changes"/> and <paramref name="findings"/>.</summary>
    public static string Write(IReadOnlyList<string> changes, IReadOnlyList<string> findings)
    {
        var text = changes.Count == 0 ? "Edit pass: nothing to change." : ChangesLabel + string.Join("; ", changes) + ".";
        return findings.Count == 0 ? text : text + " " + FindingsLabel + string.Join("; ", findings) + ".";
    }

    /// <summary>The changes listed in a summary written by <see cref="Write"/>, or none.</summary>
    public static IReadOnlyList<string> Changes(string summary) => Part(summary, ChangesLabel);

    /// <summary>The findings listed in a summary written by <see cref="Write"/>, or none.</summary>
    public static IReadOnlyList<string> Findings(string summary) => Part(summary, FindingsLabel);

    private static List<string> Part(string summary, string label)
    {
        var start = summary.IndexOf(label, StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var body = summary[(start + label.Length)..];
        var end = body.IndexOf(". ", StringComparison.Ordinal);
        body = (end < 0 ? body : body[..end]).TrimEnd('.');
        return [.. body.Split("; ", StringSplitOptions.RemoveEmptyEntries)];
    }
}
