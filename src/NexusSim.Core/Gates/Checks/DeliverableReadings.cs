using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NexusSim.Core.Briefs;

namespace NexusSim.Core.Gates;

/// <summary>
/// What the deterministic checks read from a deliverable's text, worked out once per text: the
/// parsed document, its sentences and rows with their figures and citation markers, the text
/// outside Sources and the key facts. Several checks read the same version (G1 runs evidence,
/// consistency and analytics on it, and the consistency check reads every earlier deliverable
/// again at each judgement), and each would otherwise parse and split it anew. Remembered by string
/// instance, weakly: an entry goes when its text does. A revision changes a few lines of one or two
/// sections and leaves the rest as it was, so what is read from a section (its sentences and rows,
/// their figures and citations, its tables' arithmetic) is remembered by the section's text and
/// shared by every version that has the same section. All of it is a pure function of the text, so
/// sharing changes no finding. One per engagement (the gate runner's), or one per
/// <see cref="CheckInput"/> when none is given.
/// </summary>
public sealed class DeliverableReadings
{
    /// <summary>At most this many sections are remembered; more are read for each version that has them.</summary>
    public const int MaxSections = 4096;

    private readonly ConditionalWeakTable<string, DeliverableReading> _byText = new();
    private readonly ConditionalWeakTable<Brief, IReadOnlyList<StatedFigure>> _briefFigures = new();
    private readonly ConcurrentDictionary<DocumentSection, SectionReading> _sections = new(SameText.Instance);
    private int _sectionsRemembered;

    /// <summary>How many sections are remembered (for tests of the cap).</summary>
    internal int SectionsRemembered => Volatile.Read(ref _sectionsRemembered);

    /// <summary>The reading of <paramref name="markdown"/>.</summary>
    internal DeliverableReading Read(string markdown) =>
        _byText.GetValue(markdown ?? throw new ArgumentNullException(nameof(markdown)), text => new DeliverableReading(text, this));

    /// <summary>The figures <paramref name="brief"/> states (see <see cref="CitationSupportRules"/>).</summary>
    internal IReadOnlyList<StatedFigure> BriefFigures(Brief brief, Func<Brief, IReadOnlyList<StatedFigure>> read) =>
        _briefFigures.GetValue(brief ?? throw new ArgumentNullException(nameof(brief)), b => read(b));

    /// <summary>What is read from <paramref name="section"/>, shared with every earlier section of the same heading and lines.</summary>
    internal SectionReading Section(DocumentSection section)
    {
        if (_sections.TryGetValue(section, out var known))
        {
            return known;
        }

        var reading = new SectionReading(section);
        // Counted here rather than read from the dictionary, whose Count takes every lock it has.
        if (Volatile.Read(ref _sectionsRemembered) < MaxSections)
        {
            var kept = _sections.GetOrAdd(section, reading);
            if (ReferenceEquals(kept, reading))
            {
                Interlocked.Increment(ref _sectionsRemembered);
            }

            return kept;
        }

        return reading;
    }

    // Sections compare by their text: the heading and the lines, in order (where a section stands in
    // the file is not part of it: no check reports a line number).
    internal sealed class SameText : IEqualityComparer<DocumentSection>
    {
        public static readonly SameText Instance = new();

        public bool Equals(DocumentSection? x, DocumentSection? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && string.Equals(x.Heading, y.Heading, StringComparison.Ordinal)
                && x.Lines.SequenceEqual(y.Lines, StringComparer.Ordinal));

        public int GetHashCode(DocumentSection obj)
        {
            var hash = default(HashCode);
            hash.Add(obj.Heading, StringComparer.Ordinal);
            foreach (var line in obj.Lines)
            {
                hash.Add(line, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}

/// <summary>One deliverable's text as the checks read it, each part worked out on first use.</summary>
internal sealed class DeliverableReading(string markdown, DeliverableReadings readings)
{
    private readonly Lazy<DeliverableDocument> _document = new(() => DeliverableDocument.Parse(markdown));
    private IReadOnlyList<ReadUnit>? _units;
    private IReadOnlyList<SectionReading>? _bodySections;
    private string? _outsideSources;
    private IReadOnlyDictionary<string, string>? _keyFacts;

    public string Markdown => markdown;

    public DeliverableDocument Document => _document.Value;

    /// <summary>What is read from each body section (every section but Sources), in order.</summary>
    public IReadOnlyList<SectionReading> BodySections => LazyInitializer.EnsureInitialized(ref _bodySections, () =>
        [.. Document.BodySections.Select(readings.Section)]);

    /// <summary>The front matter's and the body sections' sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. TextUnits.Split(Document.FrontMatter, 1).Select(u => new ReadUnit(u.Text))
            .Concat(BodySections.SelectMany(s => s.Units))]);

    /// <summary>See <see cref="DeliverableDocument.TextOutsideSources"/>.</summary>
    public string TextOutsideSources => LazyInitializer.EnsureInitialized(ref _outsideSources, () => Document.TextOutsideSources);

    /// <summary>See <see cref="KeyFactsLine.Parse"/>.</summary>
    public IReadOnlyDictionary<string, string> KeyFacts => LazyInitializer.EnsureInitialized(ref _keyFacts, () => KeyFactsLine.Read(Document));
}

/// <summary>
/// What the checks read from one <c>##</c> section, each part worked out on first use: its sentences
/// and rows, the citation markers of its <c>###</c> headings, and what its tables' arithmetic finds.
/// Shared by every version with the same section (see <see cref="DeliverableReadings.Section"/>).
/// </summary>
internal sealed class SectionReading(DocumentSection section)
{
    private IReadOnlyList<ReadUnit>? _units;
    private IReadOnlyList<int>? _subheadingCitations;
    private IReadOnlyList<GateIssue>? _arithmetic;

    public DocumentSection Section => section;

    /// <summary>The section's sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. TextUnits.Split(section.Lines, section.HeadingLine + 1).Select(u => new ReadUnit(u.Text))]);

    /// <summary>The source numbers cited in the section's <c>###</c> and deeper headings, in order.</summary>
    public IReadOnlyList<int> SubheadingCitations => LazyInitializer.EnsureInitialized(ref _subheadingCitations, () =>
        [.. section.Lines.Where(l => l.TrimStart().StartsWith('#')).SelectMany(Figures.Citations)]);

    /// <summary>What <see cref="AggregateRules"/> and then <see cref="InvestmentRules"/> find in the section.</summary>
    public IReadOnlyList<GateIssue> Arithmetic => LazyInitializer.EnsureInitialized(ref _arithmetic, () =>
        [.. AggregateRules.Check(section), .. InvestmentRules.Check(section)]);
}

/// <summary>A sentence or row with its figure tokens, cited source numbers and what they state (see <see cref="Figures"/>).</summary>
internal sealed class ReadUnit(string text)
{
    private IReadOnlyList<string>? _figures;
    private IReadOnlyList<int>? _citations;
    private IReadOnlyList<StatedFigure>? _statedFigures;
    private string? _withoutCitations;

    public string Text => text;

    public IReadOnlyList<string> Figures => LazyInitializer.EnsureInitialized(ref _figures, () => Gates.Figures.Find(text));

    public IReadOnlyList<int> Citations => LazyInitializer.EnsureInitialized(ref _citations, () => Gates.Figures.Citations(text));

    /// <summary>The figures that read as values (<see cref="StatedFigure.Read"/>), in order.</summary>
    public IReadOnlyList<StatedFigure> StatedFigures => LazyInitializer.EnsureInitialized(ref _statedFigures, () =>
        [.. Figures.Select(StatedFigure.Read).OfType<StatedFigure>()]);

    /// <summary>The text without its citation markers (<see cref="Gates.Figures.StripCitations"/>).</summary>
    public string TextWithoutCitations => LazyInitializer.EnsureInitialized(ref _withoutCitations, () => Gates.Figures.StripCitations(text));
}
