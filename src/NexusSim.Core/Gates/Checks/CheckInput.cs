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
    Briefs.Brief? Brief = null)
{
    /// <summary>
    /// Where the checks keep what they read from each text (one per engagement, so a version is parsed
    /// once however many checks and judgements read it); a fresh one per input when not given. Not
    /// part of the input's value: two inputs that differ only here are equal.
    /// </summary>
    public DeliverableReadings Readings
    {
        get => _readings ??= new();
        init => _readings = value ?? throw new ArgumentNullException(nameof(value));
    }

    // Made on first use when not given: an input given the engagement's readings allocates none of its own.
    private DeliverableReadings? _readings;

    /// <summary>The reading of <see cref="Markdown"/>.</summary>
    internal DeliverableReading Reading => Readings.Read(Markdown);

    /// <inheritdoc />
    public bool Equals(CheckInput? other) =>
        other is not null
        && Markdown == other.Markdown
        && Equals(RequiredSections, other.RequiredSections)
        && Equals(Glossary, other.Glossary)
        && Equals(BannedPhrases, other.BannedPhrases)
        && Equals(EarlierDeliverables, other.EarlierDeliverables)
        && Equals(Brief, other.Brief);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Markdown, RequiredSections, Glossary, BannedPhrases, EarlierDeliverables, Brief);
}
