using NexusSim.Core.Manifest;

namespace NexusSim.Core.Gates;

/// <summary>
/// The deliverable has its <c>#</c> title, every required <c>##</c> section exactly once and in
/// order, no empty section, and a final Sources section.
/// </summary>
public sealed class StructureCheck : IDeliverableCheck
{
    /// <inheritdoc />
    public CheckKind Kind => CheckKind.Structure;

    /// <inheritdoc />
    public IReadOnlyList<GateIssue> Check(CheckInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = input.Reading.Document;
        var issues = new List<GateIssue>();
        if (string.IsNullOrWhiteSpace(document.Title))
        {
            issues.Add(Issue("Missing title line (# <Deliverable>: <Client>)", null));
        }

        var headings = document.Sections.Select(s => DeliverableDocument.NormalizeHeading(s.Heading)).ToList();
        var required = input.RequiredSections
            .Where(r => !DeliverableDocument.IsSources(r))
            .ToList();
        var lastIndex = -1;
        foreach (var section in required)
        {
            var wanted = DeliverableDocument.NormalizeHeading(section);
            var count = headings.Count(h => h == wanted);
            if (count == 0)
            {
                issues.Add(Issue("Missing section", section));
                continue;
            }

            if (count > 1)
            {
                issues.Add(Issue("Duplicated section", section));
            }

            var index = headings.IndexOf(wanted);
            if (index < lastIndex)
            {
                issues.Add(Issue("Section out of order", section));
            }

            lastIndex = Math.Max(lastIndex, index);
        }

        issues.AddRange(document.Sections
            .Where(s => s.IsEmpty)
            .Select(s => Issue("Empty section", s.Heading)));

        var sourcesIndex = headings.FindLastIndex(h => DeliverableDocument.IsSources(h));
        if (sourcesIndex < 0)
        {
            issues.Add(Issue("Missing section", DeliverableDocument.SourcesHeading));
        }
        else if (sourcesIndex != headings.Count - 1)
        {
            issues.Add(Issue("Section out of order (Sources must come last)", DeliverableDocument.SourcesHeading));
        }

        return issues;
    }

    private static GateIssue Issue(string message, string? target) => new(CheckKind.Structure, message, target);
}
