using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Stub.Content;

/// <summary>A glossary term as the content library sees it.</summary>
/// <param name="Term">The agreed wording.</param>
/// <param name="Variants">Non-standard wordings a careless author might use (the manifest's forbidden variants).</param>
public sealed record GlossaryTermText(string Term, IReadOnlyList<string> Variants)
{
    /// <summary>The library's view of a manifest glossary term (variants = its forbidden variants).</summary>
    public static GlossaryTermText From(GlossaryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return new GlossaryTermText(term.Term, term.ForbiddenVariants);
    }
}
