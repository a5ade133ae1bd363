namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// The prose paragraphs (list items included, table rows not; citation markers left out) already written in
/// one run, each with the section that wrote it first (deliverable type and heading). A section about to repeat a paragraph
/// another section wrote draws its words again (see <see cref="DraftComposer"/>); a section written
/// again (a repair) may repeat its own. One instance per run: the stub keeps it in its context, so two
/// runs never share one, and a run's turns, which are sequential, fill it in a fixed order.
/// </summary>
public sealed class WrittenParagraphs
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>How many distinct paragraphs the run has written.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _owners.Count;
            }
        }
    }

    /// <summary>Whether any prose line of <paramref name="lines"/> was written first by a section other than <paramref name="owner"/>.</summary>
    internal bool AnyTakenByOther(IEnumerable<string> lines, string owner)
    {
        lock (_lock)
        {
            return Prose(lines).Any(p => _owners.TryGetValue(p, out var first) && !string.Equals(first, owner, StringComparison.Ordinal));
        }
    }

    /// <summary>Records the prose lines of <paramref name="lines"/> as written by <paramref name="owner"/> (a paragraph keeps its first owner).</summary>
    internal void Record(IEnumerable<string> lines, string owner)
    {
        lock (_lock)
        {
            foreach (var paragraph in Prose(lines))
            {
                _owners.TryAdd(paragraph, owner);
            }
        }
    }

    /// <summary>
    /// Records the sections of a deliverable already written (its Markdown, as journaled or released) as if
    /// the run had just drafted it: a run that continues after a resume rebuilds its record from the
    /// deliverables it has, so a deliverable drafted afterwards repeats none of their paragraphs.
    /// </summary>
    public void RecordWritten(string deliverableId, string markdown)
    {
        ArgumentNullException.ThrowIfNull(deliverableId);
        ArgumentNullException.ThrowIfNull(markdown);
        foreach (var section in DraftDocument.Parse(markdown).Body)
        {
            Record(section.Lines, deliverableId + "\n" + DraftDocument.Normalize(section.Heading));
        }
    }

    // A paragraph is kept without its citation markers: they are numbered per deliverable in order of first
    // use, so the same words cite [S3] in one deliverable and [S7] in another and would not be seen as a repeat.
    private static IEnumerable<string> Prose(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('|') && !l.StartsWith('#'))
            .Select(NumberTokens.StripCitations);
}
