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
/// instance, for as long as the readings live (one engagement: it keeps every version's text anyway;
/// no conditional weak table, whose finalizable storage and dependent handles would each outlive a
/// collection, for texts that live as long as the table). A revision changes a few lines of one or two
/// sections and leaves the rest as it was, so what is read from a section or from the front matter
/// (sentences and rows, their figures and citations, tables' arithmetic, key facts, the part's
/// text) is remembered by the part's text and shared by every version that has the same part. All
/// of it is a pure function of the text, so sharing changes no finding. One per engagement (the
/// gate runner's), or one per <see cref="CheckInput"/> when none is given.
/// </summary>
public sealed class DeliverableReadings
{
    /// <summary>At most this many parts (sections and front matters, and the numbered names of titles and headings) are remembered; more are read for each version that has them.</summary>
    public const int MaxParts = 4096;

    private readonly ConcurrentDictionary<string, DeliverableReading> _byText = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Brief, IReadOnlyList<StatedFigure>> _briefFigures = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<DocumentSection, SectionReading> _sections = new(SameText.Instance);
    private readonly ConcurrentDictionary<IReadOnlyList<string>, FrontMatterReading> _frontMatters = new(SameText.Instance);
    private readonly ConcurrentDictionary<IReadOnlyList<string>, IReadOnlyList<string>> _names = new(SameText.Instance);
    private int _remembered;

    /// <summary>How many parts are remembered (for tests of the cap).</summary>
    internal int PartsRemembered => Volatile.Read(ref _remembered);

    /// <summary>The reading of <paramref name="markdown"/>.</summary>
    internal DeliverableReading Read(string markdown) =>
        _byText.GetOrAdd(markdown ?? throw new ArgumentNullException(nameof(markdown)), static (text, readings) => new DeliverableReading(text, readings), this);

    /// <summary>The figures <paramref name="brief"/> states (see <see cref="CitationSupportRules"/>).</summary>
    internal IReadOnlyList<StatedFigure> BriefFigures(Brief brief, Func<Brief, IReadOnlyList<StatedFigure>> read) =>
        _briefFigures.GetOrAdd(brief ?? throw new ArgumentNullException(nameof(brief)), read);

    /// <summary>What is read from <paramref name="section"/>, shared with every earlier section of the same heading and lines.</summary>
    internal SectionReading Section(DocumentSection section) => Remember(_sections, section, static s => new SectionReading(s));

    /// <summary>What is read from the front matter <paramref name="lines"/>, shared with every earlier front matter of the same lines.</summary>
    internal FrontMatterReading FrontMatter(IReadOnlyList<string> lines) => Remember(_frontMatters, lines, static l => new FrontMatterReading(l));

    /// <summary>
    /// The numbered names (see <see cref="DeliverableReading.NumberedNames"/>) of a document whose title and
    /// headings are <paramref name="headings"/>, one list for every document with the same ones: the
    /// versions of a deliverable keep their title and headings, so what a part works out with the names
    /// (<see cref="PartReading.Derived{TA, T}"/>) is found again.
    /// </summary>
    internal IReadOnlyList<string> NumberedNames(IReadOnlyList<string> headings, Func<IReadOnlyList<string>, IReadOnlyList<string>> read) =>
        Remember(_names, headings, read);

    private TValue Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> memory, TKey key, Func<TKey, TValue> read)
        where TKey : notnull
        where TValue : class
    {
        if (memory.TryGetValue(key, out var known))
        {
            return known;
        }

        var reading = read(key);
        // Counted here rather than read from the dictionaries, whose Count takes every lock they have.
        if (Volatile.Read(ref _remembered) < MaxParts)
        {
            var kept = memory.GetOrAdd(key, reading);
            if (ReferenceEquals(kept, reading))
            {
                Interlocked.Increment(ref _remembered);
            }

            return kept;
        }

        return reading;
    }

    /// <summary>
    /// Parts compare by their text: a section by its heading and lines in order, a front matter by its
    /// lines (where a part stands in the file is not part of it: no check reports a line number).
    /// </summary>
    internal sealed class SameText : IEqualityComparer<DocumentSection>, IEqualityComparer<IReadOnlyList<string>>
    {
        public static readonly SameText Instance = new();

        public bool Equals(DocumentSection? x, DocumentSection? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && string.Equals(x.Heading, y.Heading, StringComparison.Ordinal)
                && Equals(x.Lines, y.Lines));

        public int GetHashCode(DocumentSection obj)
        {
            ArgumentNullException.ThrowIfNull(obj);
            return HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Heading), GetHashCode(obj.Lines));
        }

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

        // From each line's length and three of its characters, not from every character: hashing the
        // whole text cost as much as reading it again. Texts that differ only elsewhere (a figure
        // revised) share a bucket and are told apart by Equals.
        public int GetHashCode(IReadOnlyList<string> obj)
        {
            ArgumentNullException.ThrowIfNull(obj);
            var hash = default(HashCode);
            foreach (var line in obj)
            {
                hash.Add(line.Length);
                if (line.Length > 0)
                {
                    hash.Add(line[0]);
                    hash.Add(line[line.Length / 2]);
                    hash.Add(line[^1]);
                }
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
    private FrontMatterReading? _frontMatter;
    private string? _outsideSources;
    private IReadOnlyList<string>? _numberedNames;
    private IReadOnlyList<PartReading>? _parts;
    private StrongBox<SectionReading?>? _sources; // boxed: a document without Sources is worked out once too

    public string Markdown => markdown;

    public DeliverableDocument Document => _document.Value;

    /// <summary>What is read from the front matter (the lines between the title and the first section).</summary>
    public FrontMatterReading FrontMatter => LazyInitializer.EnsureInitialized(ref _frontMatter, () => readings.FrontMatter(Document.FrontMatter));

    /// <summary>What is read from the last section headed Sources, if any (see <see cref="DeliverableDocument.Sources"/>).</summary>
    public SectionReading? Sources => LazyInitializer.EnsureInitialized(ref _sources, () =>
        new StrongBox<SectionReading?>(Document.Sources is { } sources ? readings.Section(sources) : null)).Value;

    /// <summary>What is read from each body section (every section but Sources), in order.</summary>
    public IReadOnlyList<SectionReading> BodySections => LazyInitializer.EnsureInitialized(ref _bodySections, () =>
        [.. Document.BodySections.Select(readings.Section)]);

    /// <summary>The front matter's and the body sections' sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. FrontMatter.Units.Concat(BodySections.SelectMany(s => s.Units))]);

    /// <summary>
    /// <see cref="DeliverableDocument.TextOutsideSources"/>, joined from the parts' texts: the title, the
    /// front matter's lines (when there are any) and each body section's heading and lines.
    /// </summary>
    public string TextOutsideSources => LazyInitializer.EnsureInitialized(ref _outsideSources, () =>
        DeliverableDocument.JoinOutsideSources(Document.Title, Document.FrontMatter.Count > 0 ? FrontMatter.Text : null, BodySections.Select(s => s.Text)));

    /// <summary>See <see cref="KeyFactsLine.Parse"/>.</summary>
    public IReadOnlyDictionary<string, string> KeyFacts => FrontMatter.KeyFacts;

    /// <summary>
    /// The document's names that hold a number: for each word of the title or of a <c>##</c> heading
    /// with a digit in it, that word with the word before it and with the word after it ("90-Day Plan"
    /// from "# 90-Day Plan: Quarry Lane", "Plan 2027" from "# Plan 2027"). A sentence that names the
    /// document or one of its sections states no figure by doing so.
    /// </summary>
    public IReadOnlyList<string> NumberedNames => LazyInitializer.EnsureInitialized(ref _numberedNames, () =>
        readings.NumberedNames(
            [Document.Title ?? string.Empty, .. Document.Sections.Select(s => s.Heading)],
            static headings => [.. headings.SelectMany(NamesIn).Distinct(StringComparer.OrdinalIgnoreCase)]));

    /// <summary>
    /// The reading's parts in order: the front matter, then each body section. What a check works out
    /// from a part's sentences is remembered by the part (<see cref="PartReading.Derived{TA, T}"/>), so a
    /// version pays only for the parts it changed.
    /// </summary>
    public IReadOnlyList<PartReading> Parts => LazyInitializer.EnsureInitialized(ref _parts, () => [FrontMatter, .. BodySections]);

    /// <summary>The figure tokens <paramref name="unit"/> states (<see cref="ReadUnit.Figures"/>), a document's numbered <paramref name="names"/> (<see cref="NumberedNames"/>) left out.</summary>
    public static IReadOnlyList<string> FiguresOf(ReadUnit unit, IReadOnlyList<string> names) =>
        WithoutNames(unit.Text, names) is { } text ? Gates.Figures.Find(text) : unit.Figures;

    /// <summary>The figures <paramref name="unit"/> states as values (<see cref="ReadUnit.StatedFigures"/>), a document's numbered <paramref name="names"/> left out.</summary>
    public static IReadOnlyList<StatedFigure> StatedFiguresOf(ReadUnit unit, IReadOnlyList<string> names) =>
        WithoutNames(unit.Text, names) is { } text ? [.. Gates.Figures.Find(text).Select(StatedFigure.Read).OfType<StatedFigure>()] : unit.StatedFigures;

    // The text with each numbered name of names blanked, or null when it names none (then the unit's own reading stands).
    private static string? WithoutNames(string text, IReadOnlyList<string> names)
    {
        string? blanked = null;
        foreach (var name in names)
        {
            blanked = Blank(blanked ?? text, name) ?? blanked;
        }

        return blanked;
    }

    // The text with each whole-word occurrence of name blanked ("1 Plan" in "year 1 plan", not in "11 planned"), or null when there is none.
    private static string? Blank(string text, string name)
    {
        System.Text.StringBuilder? blanked = null;
        var from = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            blanked ??= new System.Text.StringBuilder(text.Length);
            blanked.Append(text, from, at - from).Append(' ');
            from = end;
            at = end - 1;
        }

        return blanked?.Append(text, from, text.Length - from).ToString();
    }

    private static IEnumerable<string> NamesIn(string heading)
    {
        var words = heading.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(NameEdge))
            .Where(w => w.Length > 0)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].AsSpan().ContainsAnyInRange('0', '9'))
            {
                continue;
            }

            if (i > 0)
            {
                yield return words[i - 1] + " " + words[i];
            }

            if (i + 1 < words.Count)
            {
                yield return words[i] + " " + words[i + 1];
            }
        }
    }

    private static readonly char[] NameEdge = [':', ',', ';', '.', '(', ')', '"', '\'', '*', '_', '`'];
}

/// <summary>
/// A part of a deliverable (its front matter or a <c>##</c> section) as the checks read it: its
/// sentences and rows, and what a check works out from them, remembered with the part and so shared
/// by every version that has the same part.
/// </summary>
internal abstract class PartReading
{
    /// <summary>At most this many values are remembered per part; more are worked out at each use.</summary>
    public const int MaxDerived = 16;

    private readonly Lock _deriving = new();

    // A part has a derived value or a few (a dictionary per part would outweigh them): an array, read
    // without the lock and replaced whole under it.
    private Derivation[] _derived = [];

    /// <summary>The part's sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public abstract IReadOnlyList<ReadUnit> Units { get; }

    /// <summary>How many derived values the part keeps (for tests of the cap).</summary>
    internal int DerivedCount => Volatile.Read(ref _derived).Length;

    /// <summary>
    /// What <paramref name="derive"/>, a pure function of a part and of <paramref name="with"/>, gives for
    /// this part and that very <paramref name="with"/> (compared by instance: the readings give every
    /// document with the same numbered names one list), worked out once.
    /// </summary>
    public T Derived<TA, T>(Func<PartReading, TA, T> derive, TA with)
        where TA : class
        where T : class
    {
        ArgumentNullException.ThrowIfNull(derive);
        return Find(derive, with, null, null) is { } known ? (T)known : (T)Keep(derive, with, null, null, derive(this, with));
    }

    /// <summary>As <see cref="Derived{TA, T}"/>, of three values (each compared by instance; a null is a value too).</summary>
    public T Derived<TA, TB, TC, T>(Func<PartReading, TA, TB, TC, T> derive, TA a, TB b, TC c)
        where TA : class?
        where TB : class?
        where TC : class?
        where T : class
    {
        ArgumentNullException.ThrowIfNull(derive);
        return Find(derive, a, b, c) is { } known ? (T)known : (T)Keep(derive, a, b, c, derive(this, a, b, c));
    }

    /// <summary>What was kept for <paramref name="derive"/> alone, if anything.</summary>
    protected object? Known(Delegate derive) => Find(derive, null, null, null);

    /// <summary>Keeps <paramref name="made"/> for <paramref name="derive"/> alone; gives what is kept (another thread's, when it raced).</summary>
    protected object Keep(Delegate derive, object made) => Keep(derive, null, null, null, made);

    private object? Find(Delegate derive, object? a, object? b, object? c)
    {
        foreach (var kept in Volatile.Read(ref _derived))
        {
            if (kept.Is(derive, a, b, c))
            {
                return kept.Value;
            }
        }

        return null;
    }

    private object Keep(Delegate derive, object? a, object? b, object? c, object made)
    {
        lock (_deriving)
        {
            foreach (var kept in _derived)
            {
                if (kept.Is(derive, a, b, c))
                {
                    return kept.Value;
                }
            }

            if (_derived.Length < MaxDerived)
            {
                _derived = [.. _derived, new Derivation(derive, a, b, c, made)];
            }
        }

        return made;
    }

    private sealed record Derivation(Delegate Derive, object? A, object? B, object? C, object Value)
    {
        public bool Is(Delegate derive, object? a, object? b, object? c) =>
            ReferenceEquals(A, a) && ReferenceEquals(B, b) && ReferenceEquals(C, c) && Derive.Equals(derive);
    }
}

/// <summary>
/// What the checks read from the front matter, each part worked out on first use: its sentences,
/// its key facts and its text. Shared by every version with the same front matter (see
/// <see cref="DeliverableReadings.FrontMatter"/>).
/// </summary>
internal sealed class FrontMatterReading(IReadOnlyList<string> lines) : PartReading
{
    private IReadOnlyList<ReadUnit>? _units;
    private IReadOnlyDictionary<string, string>? _keyFacts;
    private string? _text;

    /// <summary>The front matter's sentences (see <see cref="TextUnits"/>), in order.</summary>
    public override IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. TextUnits.Split(lines, 1).Select(u => new ReadUnit(u.Text))]);

    /// <summary>See <see cref="KeyFactsLine.Parse"/>.</summary>
    public IReadOnlyDictionary<string, string> KeyFacts => LazyInitializer.EnsureInitialized(ref _keyFacts, () => KeyFactsLine.Read(lines));

    /// <summary>The lines joined by line feeds.</summary>
    public string Text => LazyInitializer.EnsureInitialized(ref _text, () => string.Join('\n', lines));
}

/// <summary>
/// What the checks read from one <c>##</c> section, each part worked out on first use: its sentences
/// and rows, the citation markers of its <c>###</c> headings, what its tables' arithmetic finds and
/// its text. Shared by every version with the same section (see <see cref="DeliverableReadings.Section"/>).
/// </summary>
internal sealed class SectionReading(DocumentSection section) : PartReading
{
    private IReadOnlyList<ReadUnit>? _units;
    private IReadOnlyList<int>? _subheadingCitations;
    private IReadOnlyList<GateIssue>? _arithmetic;
    private string? _text;

    public DocumentSection Section => section;

    /// <summary>
    /// What <paramref name="derive"/>, a pure function of a section, gives for this one, worked out once
    /// per section (a check's own reading of it, such as what a Sources list names).
    /// </summary>
    public T Derived<T>(Func<DocumentSection, T> derive)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(derive);
        return Known(derive) is { } known ? (T)known : (T)Keep(derive, derive(section));
    }

    /// <summary>The section's sentences and rows (see <see cref="TextUnits"/>), in order.</summary>
    public override IReadOnlyList<ReadUnit> Units => LazyInitializer.EnsureInitialized(ref _units, () =>
        [.. TextUnits.Split(section.Lines, section.HeadingLine + 1).Select(u => new ReadUnit(u.Text))]);

    /// <summary>The source numbers cited in the section's <c>###</c> and deeper headings, in order.</summary>
    public IReadOnlyList<int> SubheadingCitations => LazyInitializer.EnsureInitialized(ref _subheadingCitations, () =>
        [.. section.Lines.Where(l => l.TrimStart().StartsWith('#')).SelectMany(Figures.Citations)]);

    /// <summary>What <see cref="AggregateRules"/> and then <see cref="InvestmentRules"/> find in the section.</summary>
    public IReadOnlyList<GateIssue> Arithmetic => LazyInitializer.EnsureInitialized(ref _arithmetic, () =>
        [.. AggregateRules.Check(section), .. InvestmentRules.Check(section)]);

    /// <summary>The section's <see cref="DocumentSection.Text"/>.</summary>
    public string Text => LazyInitializer.EnsureInitialized(ref _text, () => section.Text);
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
