namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// <c># variants: &lt;section&gt;</c> blocks: more <c>## variant</c> bodies for the section of that name
/// (matched case-insensitively), from any file and any number of blocks, so new phrasings can live in
/// files of their own (<c>37-variants-*.md</c>) beside the section's own block. A firm's own
/// <c>variants</c> blocks add to whichever section the firm writes with; the shared ones add only to
/// shared sections, never to a section the firm defines itself.
/// </summary>
internal static class SectionVariants
{
    /// <summary>The block kind.</summary>
    public const string Kind = "variants";

    /// <summary>The section templates of <paramref name="sectionBlocks"/>, each with the variants added to it.</summary>
    /// <exception cref="ContentLibraryException">A <c>variants</c> block names no section.</exception>
    public static List<SectionTemplate> Merge(IReadOnlyList<ContentBlock> sectionBlocks, IReadOnlyList<ContentBlock> firmBlocks, IReadOnlyList<ContentBlock> sharedBlocks)
    {
        var firmSections = new HashSet<string>(firmBlocks.Where(b => b.Kind == "section").Select(b => b.Name), StringComparer.OrdinalIgnoreCase);
        var added = new Dictionary<string, List<ContentVariant>>(StringComparer.OrdinalIgnoreCase);
        var known = new HashSet<string>(sectionBlocks.Select(b => b.Name), StringComparer.OrdinalIgnoreCase);
        var extra = firmBlocks.Where(b => b.Kind == Kind)
            .Concat(sharedBlocks.Where(b => b.Kind == Kind && !firmSections.Contains(b.Name)));
        foreach (var block in extra)
        {
            if (!known.Contains(block.Name))
            {
                throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{Kind}: {block.Name}' adds variants to no section; name a '# section:' block of the library.");
            }

            if (!added.TryGetValue(block.Name, out var list))
            {
                added[block.Name] = list = [];
            }

            list.AddRange(block.Variants);
        }

        return [.. sectionBlocks.Select(b => new SectionTemplate(
            b.Name,
            b.ListAttribute("aliases"),
            b.ListAttribute("keywords"),
            added.TryGetValue(b.Name, out var more) ? [.. b.Variants, .. more] : b.Variants)
        {
            ServiceLines = b.ListAttribute(SectionTemplate.ServiceLinesKey),
        })];
    }
}
