namespace NexusSim.Agents.Stub.Content;

/// <summary>A <c># wording:</c> block: phrases that can stand for one another in any sentence.</summary>
internal sealed record WordingSet(string Name, IReadOnlyList<string> Alternatives, string FilePath, int Line)
{
    /// <summary>The block kind.</summary>
    public const string Kind = "wording";

    /// <summary>The attribute listing the alternatives, separated by <see cref="Separator"/>.</summary>
    public const string AlternativesKey = "alternatives";

    /// <summary>The separator of alternatives.</summary>
    public const char Separator = '|';

    /// <summary>Reads a block's alternatives.</summary>
    /// <exception cref="ContentLibraryException">Fewer than two, or one holds a figure, a placeholder or a citation.</exception>
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

        return new WordingSet(block.Name, alternatives, block.FilePath, block.Line);
    }
}
