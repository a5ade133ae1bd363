namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// One <c># key-facts:</c> block: the entries of the Key facts line (<c>name = {fact} [@source]; ...</c>) for
/// the deliverables of a service line whose name holds one of <see cref="ServiceLines"/> as whole words; the
/// block named <c>*</c> serves a line no other block fits. A front-matter phrasing writes the chosen entries
/// where it says <see cref="Placeholder"/>, so each service line's deliverables state facts of that line's own
/// work (a readiness score on an assessment, obligation counts on a governance framework), and every
/// deliverable of one engagement (one service line) states the same names.
/// </summary>
internal sealed record KeyFactSet(string Name, IReadOnlyList<string> ServiceLines, ContentVariant Entries, string FilePath, int Line)
{
    public const string Kind = "key-facts";
    public const string ServiceLinesKey = ServiceLineWords.Key;
    public const string Any = "*";

    /// <summary>Where a front-matter phrasing puts the chosen set's entries.</summary>
    public const string Placeholder = "{key_facts}";

    public static KeyFactSet From(ContentBlock block)
    {
        var lines = block.Variants.Count == 1 ? block.Variants[0].Lines.Where(l => l.Trim().Length > 0).ToList() : [];
        if (lines.Count != 1)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{Kind}: {block.Name}' needs one '{ContentFileParser.VariantHeading}' holding one line of entries ('name = {{fact}} [@source]; ...').");
        }

        var serviceLines = block.ListAttribute(ServiceLinesKey);
        if (block.Name != Any && serviceLines.Count == 0)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{Kind}: {block.Name}' needs a '{ServiceLinesKey}:' line (words of the service-line names it serves), or the name '{Any}'.");
        }

        var variant = block.Variants[0];
        return new KeyFactSet(block.Name, serviceLines, variant with { Lines = lines }, block.FilePath, block.Line);
    }

    /// <summary>
    /// The entries for the service line named <paramref name="serviceLineName"/>: the first set (file order)
    /// whose <see cref="ServiceLines"/> name whole words of it, else the <c>*</c> set, else null.
    /// </summary>
    public static KeyFactSet? For(IReadOnlyList<KeyFactSet> sets, string serviceLineName)
    {
        return sets.FirstOrDefault(s => s.Name != Any && ServiceLineWords.Fit(s.ServiceLines, serviceLineName))
            ?? sets.FirstOrDefault(s => s.Name == Any);
    }

    /// <summary>
    /// <paramref name="variant"/> with <see cref="Placeholder"/> replaced by <paramref name="set"/>'s entries (unchanged when
    /// it has none). A variant that asks for them when the library has no set fitting the line stops with its file and line.
    /// </summary>
    public static ContentVariant Fill(ContentVariant variant, KeyFactSet? set)
    {
        var at = variant.Lines.ToList().FindIndex(l => l.Contains(Placeholder, StringComparison.Ordinal));
        if (at < 0)
        {
            return variant;
        }

        if (set is null)
        {
            throw new ContentLibraryException(variant.FilePath, variant.FirstLine + at, $"'{Placeholder}' needs a '# {Kind}: {Any}' block (or one whose '{ServiceLinesKey}:' fits the service line).");
        }

        return variant with { Lines = [.. variant.Lines.Select(l => l.Replace(Placeholder, set.Entries.Lines[0], StringComparison.Ordinal))] };
    }
}
