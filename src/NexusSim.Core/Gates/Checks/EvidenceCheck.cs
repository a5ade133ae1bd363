using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// Every sentence or table row with a figure cites a source (<c>[S&lt;n&gt;]</c>), and every cited
/// source is listed under Sources as <c>- [S&lt;n&gt;] description</c>. Headings (including table
/// header rows), the Sources section and the markers themselves are not scanned for figures, and a
/// number in the document's own name or a section's (<see cref="DeliverableReading.NumberedNames"/>:
/// "the 90-Day Plan") is not a figure.
/// </summary>
public sealed class EvidenceCheck : IDeliverableCheck
{
    /// <inheritdoc />
    public CheckKind Kind => CheckKind.Evidence;

    /// <inheritdoc />
    public IReadOnlyList<GateIssue> Check(CheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reading = input.Reading;
        var issues = new List<GateIssue>();
        var cited = new List<int>();
        var names = reading.NumberedNames;
        foreach (var part in reading.Parts)
        {
            var evidence = part.Derived(EvidenceOf, names);
            issues.AddRange(evidence.Unsourced);
            cited.AddRange(evidence.Cited);
        }

        foreach (var section in reading.BodySections)
        {
            cited.AddRange(section.SubheadingCitations);
        }

        IReadOnlySet<int> listed = reading.Sources is { } sources ? sources.Derived(ListedSources) : new HashSet<int>();
        issues.AddRange(cited
            .Distinct()
            .Where(n => !listed.Contains(n))
            .Select(n => new GateIssue(CheckKind.Evidence, "Citation to a missing source", $"S{n}")));
        return issues;
    }

    // A part's unsourced figures and the sources its sentences and rows cite, in order. Worked out once
    // per part and names list (see PartReading.Derived): read only.
    private static PartEvidence EvidenceOf(PartReading part, IReadOnlyList<string> names)
    {
        var unsourced = new List<GateIssue>();
        var cited = new List<int>();
        foreach (var unit in part.Units)
        {
            var figures = DeliverableReading.FiguresOf(unit, names);
            if (figures.Count > 0 && unit.Citations.Count == 0)
            {
                unsourced.Add(new GateIssue(CheckKind.Evidence, "Unsourced figure", figures[0]));
            }

            cited.AddRange(unit.Citations);
        }

        return new PartEvidence(unsourced, cited);
    }

    private sealed record PartEvidence(IReadOnlyList<GateIssue> Unsourced, IReadOnlyList<int> Cited);

    // Worked out once per Sources section (see SectionReading.Derived): read only.
    private static HashSet<int> ListedSources(DocumentSection sources)
    {
        var listed = new HashSet<int>();
        foreach (var line in sources.Lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                var item = trimmed[2..].TrimStart();
                var numbers = Figures.Citations(item);
                if (numbers.Count > 0 && item.StartsWith($"[S{numbers[0]}]", StringComparison.Ordinal))
                {
                    listed.Add(numbers[0]);
                }
            }
        }

        return listed;
    }
}
