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
        var units = reading.Units;
        foreach (var unit in units)
        {
            var figures = reading.FiguresOf(unit);
            if (figures.Count > 0 && unit.Citations.Count == 0)
            {
                issues.Add(new GateIssue(CheckKind.Evidence, "Unsourced figure", figures[0]));
            }
        }

        IReadOnlySet<int> listed = reading.Sources is { } sources ? sources.Derived(ListedSources) : new HashSet<int>();
        var cited = units.SelectMany(u => u.Citations)
            .Concat(reading.BodySections.SelectMany(s => s.SubheadingCitations))
            .Distinct();
        issues.AddRange(cited
            .Where(n => !listed.Contains(n))
            .Select(n => new GateIssue(CheckKind.Evidence, "Citation to a missing source", $"S{n}")));
        return issues;
    }

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
