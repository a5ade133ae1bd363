using System.Runtime.CompilerServices;
using NexusSim.Core.Briefs;

namespace NexusSim.Core.Gates;

/// <summary>
/// What the deterministic checks read from a deliverable's text, worked out once per text: the
/// parsed document, its sentences and rows with their figures and citation markers, the text
/// outside Sources and the key facts. Several checks read the same version (G1 runs evidence,
/// consistency and analytics on it, and the consistency check reads every earlier deliverable
/// again at each judgement), and each would otherwise parse and split it anew. Remembered by string
/// instance, weakly: an entry goes when its text does. A reading is a pure function of the text, so
/// sharing one changes no finding. One per engagement (the gate runner's), or one per
/// <see cref="CheckInput"/> when none is given.
/// </summary>
public sealed class DeliverableReadings
{
    private readonly ConditionalWeakTable<string, DeliverableReading> _byText = new();
    private readonly ConditionalWeakTable<Brief, IReadOnlyList<StatedFigure>> _briefFigures = new();

    /// <summary>The reading of <paramref name="markdown"/>.</summary>
    internal DeliverableReading Read(string markdown) =>
        _byText.GetValue(markdown ?? throw new ArgumentNullException(nameof(markdown)), text => new DeliverableReading(text));

    /// <summary>The figures <paramref name="brief"/> states (see <see cref="CitationSupportRules"/>).</summary>
    internal IReadOnlyList<StatedFigure> BriefFigures(Brief brief, Func<Brief, IReadOnlyList<StatedFigure>> read) =>
        _briefFigures.GetValue(brief ?? throw new ArgumentNullException(nameof(brief)), b => read(b));
}

/// <summary>One deliverable's text as the checks read it, each part worked out on first use.</summary>
internal sealed class DeliverableReading(string markdown)
{
    private readonly Lazy<DeliverableDocument> _document = new(() => DeliverableDocument.Parse(markdown));
    private IReadOnlyList<ReadUnit>? _units;
    private string? _outsideSources;
    private IReadOnlyDictionary<string, string>? _keyFacts;

    public string Markdown => markdown;

    public DeliverableDocument Document => _document.Value;

    /// <summary>The front matter's and the body sections' sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. TextUnits.Split(Document.FrontMatter, 1)
            .Concat(Document.BodySections.SelectMany(s => TextUnits.Split(s.Lines, s.HeadingLine + 1)))
            .Select(u => new ReadUnit(u))]);

    /// <summary>See <see cref="DeliverableDocument.TextOutsideSources"/>.</summary>
    public string TextOutsideSources => LazyInitializer.EnsureInitialized(ref _outsideSources, () => Document.TextOutsideSources);

    /// <summary>See <see cref="KeyFactsLine.Parse"/>.</summary>
    public IReadOnlyDictionary<string, string> KeyFacts => LazyInitializer.EnsureInitialized(ref _keyFacts, () => KeyFactsLine.Read(Document));
}

/// <summary>A sentence or row with its figure tokens and cited source numbers (see <see cref="Figures"/>).</summary>
internal sealed class ReadUnit(TextUnit unit)
{
    private IReadOnlyList<string>? _figures;
    private IReadOnlyList<int>? _citations;

    public string Text => unit.Text;

    public int Line => unit.Line;

    public IReadOnlyList<string> Figures => LazyInitializer.EnsureInitialized(ref _figures, () => Gates.Figures.Find(unit.Text));

    public IReadOnlyList<int> Citations => LazyInitializer.EnsureInitialized(ref _citations, () => Gates.Figures.Citations(unit.Text));
}
