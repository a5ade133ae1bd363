using System.Globalization;
using NexusSim.Core.Determinism;

namespace NexusSim.Agents.Stub.Content;

/// <summary>
/// Plants the defects no deterministic check can see, each in a place the checks' rubrics leave to
/// the reviewer: a figure changed in a cited body sentence that states no aggregate, investment or
/// benchmark figure and cites neither the brief nor a benchmark; a sentence's one citation swapped
/// for another listed source of the same standing; a figure-free recommendation from the library's
/// <c>unsupported-recommendation</c> phrasing. Each returns null when the draft offers no place.
/// </summary>
internal sealed class ReviewOnlyPlanter(LibraryData data, DraftComposer composer)
{
    /// <summary>The phrasing an unsupported recommendation is written from (optional in a library).</summary>
    public const string RecommendationPhrasing = "unsupported-recommendation";

    // Words that put a sentence in a recomputation's or a citation rule's reach: stay out of them.
    private static readonly string[] Recomputed =
        ["average", "mean", "median", "total", "sum", "npv", "irr", "payback", "investment", "benefit", "discount", "return", "benchmark", "peer", "brief", "key facts"];

    private static readonly decimal[] Factors = [0.7m, 0.75m, 0.8m, 1.25m, 1.3m, 1.4m];

    public PlantedDefect? WrongFigure(DraftDocument document, DeterministicRandom random, IReadOnlyList<PlantedDefect> planted)
    {
        var sources = document.ListedSources();
        var candidates = CitedSpans(document, sources, _ => true, planted)
            .Select(c => (c.Section, c.Span, Figure: FirstChangeable(c.Span.Of(c.Section.Lines))))
            .Where(c => c.Figure is not null)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (section, span, figure) = random.Pick(candidates);
        var (index, length, value, grouped) = figure!.Value;
        var factor = random.Pick(Factors);
        var changed = decimal.ToInt64(Math.Round(value * factor, MidpointRounding.AwayFromZero));
        var written = changed.ToString(grouped ? "#,0" : "0", CultureInfo.InvariantCulture);
        var before = span.Of(section.Lines);
        var after = before[..index] + written + before[(index + length)..];
        Replace(section, span, after);
        return new PlantedDefect(DefectKind.WrongFigure, after, before);
    }

    public PlantedDefect? MisattributedCitation(DraftDocument document, DeterministicRandom random, IReadOnlyList<PlantedDefect> planted)
    {
        var sources = document.ListedSources();
        var plain = sources.Entries.Where(e => Plain(e.Value)).Select(e => e.Key).Order().ToList();
        var candidates = CitedSpans(document, sources, cited => cited.Count == 1, planted)
            .Where(c => NumberTokens.Find(c.Span.Of(c.Section.Lines)).Count > 0)
            .ToList();
        if (candidates.Count == 0 || plain.Count < 2)
        {
            return null;
        }

        var (section, span) = random.Pick(candidates);
        var before = span.Of(section.Lines);
        var own = NumberTokens.Citations(before)[0];
        var other = random.Pick(plain.Where(n => n != own).ToList());
        var after = before.Replace(Marker(own), Marker(other), StringComparison.Ordinal);
        Replace(section, span, after);
        return new PlantedDefect(DefectKind.MisattributedCitation, after, before);
    }

    public PlantedDefect? UnsupportedRecommendation(DraftDocument document, DraftRequest request, DeterministicRandom random)
    {
        var body = document.Body.ToList();
        if (!data.Phrasings.TryGetValue(RecommendationPhrasing, out var variants) || variants.Count == 0 || body.Count == 0)
        {
            return null;
        }

        var section = random.Pick(body);
        var context = composer.Context(request, section.Heading, "unsupported recommendation", new SourceRegistry());
        var sentence = string.Join(" ", composer.Renderer.Render(random.Pick(variants), context).Select(l => l.Trim()).Where(l => l.Length > 0));
        if (sentence.Length == 0 || document.ToMarkdown().Contains(sentence, StringComparison.Ordinal))
        {
            return null;
        }

        section.Lines.Add(string.Empty);
        section.Lines.Add(sentence);
        return new PlantedDefect(DefectKind.UnsupportedRecommendation, sentence, section.Heading);
    }

    // Body sentences (no table rows) citing only listed sources that are neither the brief nor a benchmark,
    // and holding no defect planted before (two defects in one sentence would hide each other).
    private static List<(DraftSection Section, TextSpan Span)> CitedSpans(
        DraftDocument document, SourceRegistry sources, Func<IReadOnlyList<int>, bool> citations, IReadOnlyList<PlantedDefect> planted) =>
        [.. document.Body
            .SelectMany(s => TextSpans.Find(s.Lines).Select(span => (Section: s, Span: span)))
            .Where(c => !c.Span.IsTableRow)
            .Where(c =>
            {
                var text = c.Span.Of(c.Section.Lines);
                var cited = NumberTokens.Citations(text).Distinct().ToList();
                return cited.Count > 0 && citations(cited)
                    && !planted.Where(p => p.Kind is not (DefectKind.MissingSection or DefectKind.UnsourcedNumber))
                        .Any(p => text.Contains(p.Target, StringComparison.Ordinal) || p.Target.Contains(text, StringComparison.Ordinal))
                    && cited.All(n => sources.Describe(n) is { } d && Plain(d))
                    && !Recomputed.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            })];

    private static bool Plain(string description) =>
        !description.Contains("brief", StringComparison.OrdinalIgnoreCase) && !description.Contains("benchmark", StringComparison.OrdinalIgnoreCase);

    // The first whole-number figure worth changing (4 or more, not a year, not an identifier), with where its digits sit in the text.
    internal static (int Index, int Length, decimal Value, bool Grouped)? FirstChangeable(string text)
    {
        var from = 0;
        foreach (var token in NumberTokens.Find(text))
        {
            var at = text.IndexOf(token, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            from = at + token.Length;
            var before = text[..at].TrimEnd();
            var word = before.Length == 0 ? string.Empty : before[(before.LastIndexOf(' ') + 1)..];
            if (word.Length > 0 && (char.IsUpper(word[0]) || word.Contains('§', StringComparison.Ordinal) || word.Contains('#', StringComparison.Ordinal)))
            {
                // After a name or a section sign the number is an identifier (a bill, a section, a week), not a figure.
                continue;
            }

            var digitsAt = at + (token[0] == '$' ? 1 : 0);
            var length = 0;
            while (digitsAt + length < text.Length && (char.IsDigit(text[digitsAt + length]) || text[digitsAt + length] == ','))
            {
                length++;
            }

            length = text[..(digitsAt + length)].TrimEnd(',').Length - digitsAt;
            var digits = text.Substring(digitsAt, length);
            var next = digitsAt + length < text.Length ? text[digitsAt + length] : ' ';
            if (next == '.' && digitsAt + length + 1 < text.Length && char.IsDigit(text[digitsAt + length + 1]))
            {
                continue;
            }

            if (decimal.TryParse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
                && value >= 4 && value is not (>= 1900 and <= 2100))
            {
                return (digitsAt, length, value, digits.Contains(',', StringComparison.Ordinal));
            }
        }

        return null;
    }

    private static void Replace(DraftSection section, TextSpan span, string text)
    {
        var line = section.Lines[span.LineIndex];
        section.Lines[span.LineIndex] = line[..span.Start] + text + line[(span.Start + span.Length)..];
    }

    private static string Marker(int number) => "[S" + number.ToString(CultureInfo.InvariantCulture) + "]";
}
