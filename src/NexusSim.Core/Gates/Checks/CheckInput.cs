using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>What a deterministic check looks at.</summary>
/// <param name="Markdown">The deliverable.</param>
/// <param name="RequiredSections">The deliverable type's required <c>##</c> sections, in order.</param>
/// <param name="Glossary">The firm's shared terms.</param>
/// <param name="BannedPhrases">House-rule phrases that must not appear.</param>
/// <param name="EarlierDeliverables">Markdown of the engagement's earlier deliverables.</param>
/// <param name="Brief">The engagement's brief, when the caller has it: the analytics check compares a figure cited to the brief against what the brief says.</param>
public sealed record CheckInput(
    string Markdown,
    IReadOnlyList<string> RequiredSections,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<string> BannedPhrases,
    IReadOnlyList<string> EarlierDeliverables,
    Briefs.Brief? Brief = null);
