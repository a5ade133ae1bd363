namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// A <c># wording:</c> block: phrases that can stand for one another in any sentence. With <see cref="PerEngagement"/>
/// (<c>per: engagement</c>) one alternative is drawn for the whole engagement, for phrases that name one role or body
/// ("process owner", "steering group"): a run that wrote both names would read as two of them.
/// </summary>
internal sealed record WordingSet(string Name, IReadOnlyList<string> Alternatives, string FilePath, int Line, bool PerEngagement = false)
{
    /// <summary>The block kind.</summary>
    public const string Kind = "wording";

    /// <summary>The attribute listing the alternatives, separated by <see cref="Separator"/>.</summary>
    public const string AlternativesKey = "alternatives";

    /// <summary>The optional attribute saying how widely one draw holds; its one value is <see cref="Engagement"/>.</summary>
    public const string PerKey = "per";

    /// <summary>The <see cref="PerKey"/> value: one alternative for every line of every deliverable of one engagement.</summary>
    public const string Engagement = "engagement";

    /// <summary>The separator of alternatives.</summary>
    public const char Separator = '|';

    /// <summary>Reads a block's alternatives.</summary>
    /// <exception cref="ContentLibraryException">Fewer than two, one holds a figure, a placeholder or a citation, or <c>per:</c> is not <c>engagement</c>.</exception>
    public static WordingSet From(ContentBlock block)
    {
        var alternatives = block.Attribute(AlternativesKey).Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (alternatives.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{Kind}: {block.Name}' needs at least two different alternatives ('{AlternativesKey}: one | another').");
        }

        var bad = alternatives.FirstOrDefault(a => a.Any(c => char.IsDigit(c) || c is '{' or '}' or '[' or ']' or '"' or '|'));
        if (bad is not null)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Wording '{bad}' in block '{Kind}: {block.Name}' may hold no figure, placeholder, citation or quote; alternatives are plain words.");
        }

        var per = block.Attribute(PerKey);
        if (per.Length > 0 && per != Engagement)
        {
            throw new ContentLibraryException(block.FilePath, block.Line, $"Block '{Kind}: {block.Name}' has '{PerKey}: {per}'; the one value is '{PerKey}: {Engagement}' (one alternative for the whole engagement), or leave the line out (one per line).");
        }

        return new WordingSet(block.Name, alternatives, block.FilePath, block.Line, per.Length > 0);
    }
}
