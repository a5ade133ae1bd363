using System.Buffers;
using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// A citation must support the figure it is cited for. A sentence or row whose only sources are the
/// client's brief (a listed source whose description names the brief) may state only figures the
/// brief gives (headcount, budget, fee, or a figure in its text), within display rounding. A figure
/// presented as a benchmark or a peer comparison must cite a listed source that names a benchmark.
/// </summary>
internal static class CitationSupportRules
{
    /// <summary>The findings on <paramref name="reading"/>'s sentences and rows; <paramref name="briefValues"/> are the figures the brief states (<see cref="BriefValues"/>), null when the brief is not known.</summary>
    public static IEnumerable<GateIssue> Check(DeliverableReading reading, IReadOnlyList<StatedFigure>? briefValues)
    {
        IReadOnlyDictionary<int, Listing> sources = reading.Sources is { } listing ? listing.Derived(Listed) : NoSources;
        var names = reading.NumberedNames;
        // Worked out once per part for the same sources listing, brief figures and names (each the same
        // instance from version to version while it does not change), so a revision pays for the parts it changed.
        return reading.Parts.SelectMany(part => part.Derived(FindingsIn, sources, briefValues, names));
    }

    // One instance, so that the parts of documents without Sources find their findings kept for it.
    private static readonly IReadOnlyDictionary<int, Listing> NoSources = new Dictionary<int, Listing>();

    private static IReadOnlyList<GateIssue> FindingsIn(PartReading part, IReadOnlyDictionary<int, Listing> sources, IReadOnlyList<StatedFigure>? briefValues, IReadOnlyList<string> names) =>
        [.. Findings(part.Units, sources, briefValues, names)];

    private static IEnumerable<GateIssue> Findings(IReadOnlyList<ReadUnit> units, IReadOnlyDictionary<int, Listing> sources, IReadOnlyList<StatedFigure>? briefValues, IReadOnlyList<string> names)
    {
        foreach (var unit in units)
        {
            if (unit.Citations.Count == 0 || unit.Figures.Count == 0)
            {
                continue;
            }

            // A number in the document's or a section's name ("this 90-Day Plan") is no figure to support.
            var figures = DeliverableReading.StatedFiguresOf(unit, names);
            if (figures.Count == 0)
            {
                continue;
            }

            var cited = unit.Citations.Distinct().ToList();
            var descriptions = cited.Select(n => sources.TryGetValue(n, out var d) ? d : null).ToList();
            if (briefValues is not null && descriptions.All(d => d is not null && d.NamesBrief))
            {
                foreach (var figure in figures.Where(f => !briefValues.Any(v => v.IsPercent == f.IsPercent && f.Admits(v.Value))))
                {
                    yield return new GateIssue(CheckKind.Analytics, $"Figure {figure} is cited to the client's brief, which does not state it", unit.Text);
                }
            }

            var text = unit.TextWithoutCitations;
            var presentedAsBenchmark = text.AsSpan().ContainsAny(BenchmarkWord) || HasWordStartingPeer(text);
            if (presentedAsBenchmark && !descriptions.Any(d => d is not null && d.Text.AsSpan().ContainsAny(BenchmarkWord)))
            {
                yield return new GateIssue(CheckKind.Analytics, $"Figure {figures[0]} is presented as a benchmark but cites no listed benchmark source", unit.Text);
            }
        }
    }

    // SearchValues: an OrdinalIgnoreCase Contains runs a character at a time under invariant globalization.
    private static readonly SearchValues<string> BenchmarkWord = SearchValues.Create(["benchmark"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> PeerWord = SearchValues.Create(["peer"], StringComparison.OrdinalIgnoreCase);

    // A space-separated word starting "peer" (peer, peers, peer-group), in any case.
    private static bool HasWordStartingPeer(string text)
    {
        var rest = text.AsSpan();
        var offset = 0;
        while (rest.IndexOfAny(PeerWord) is var at and >= 0)
        {
            if (offset + at == 0 || text[offset + at - 1] == ' ')
            {
                return true;
            }

            offset += at + 1;
            rest = rest[(at + 1)..];
        }

        return false;
    }

    private static bool NamesBrief(string description) =>
        description.Split([' ', ',', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals("brief", StringComparison.OrdinalIgnoreCase));

    /// <summary>The figures <paramref name="brief"/> states: headcount, budget, fee and every figure in its text.</summary>
    public static IReadOnlyList<StatedFigure> BriefValues(Brief brief)
    {
        var values = new List<StatedFigure>
        {
            new(brief.Headcount.ToString(System.Globalization.CultureInfo.InvariantCulture), brief.Headcount, 0m, false, false),
            new("budget", brief.BudgetUsd, 0m, true, false),
            new("fee", brief.EngagementFeeUsd, 0m, true, false),
        };
        var texts = new[] { brief.Client, brief.Industry, brief.Region, brief.Situation, brief.StalledPilot }
            .Concat(brief.Constraints)
            .Concat(brief.FirmFields.Values);
        foreach (var text in texts)
        {
            values.AddRange(Figures.Find(text).Select(StatedFigure.Read).OfType<StatedFigure>().Select(f => f with { HalfUnit = 0m }));
        }

        return values;
    }

    // A listed source's description, and whether it names the client's brief (worked out once per source, not per sentence citing it).
    private sealed record Listing(string Text, bool NamesBrief);

    // Worked out once per Sources section (see SectionReading.Derived): read only.
    private static Dictionary<int, Listing> Listed(DocumentSection section)
    {
        var listed = new Dictionary<int, Listing>();
        foreach (var line in section.Lines)
        {
            var item = line.TrimStart().TrimStart('-', '*').TrimStart();
            var numbers = Figures.Citations(item);
            var marker = numbers.Count > 0 ? $"[S{numbers[0]}]" : null;
            if (marker is not null && item.StartsWith(marker, StringComparison.Ordinal))
            {
                if (!listed.ContainsKey(numbers[0]))
                {
                    var description = item[marker.Length..].Trim();
                    listed.Add(numbers[0], new Listing(description, NamesBrief(description)));
                }
            }
        }

        return listed;
    }
}
