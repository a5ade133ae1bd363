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
    public static IEnumerable<GateIssue> Check(DeliverableDocument document, Brief? brief)
    {
        var sources = Listed(document.Sources);
        var briefValues = brief is null ? null : BriefValues(brief);
        var units = TextUnits.Split(document.FrontMatter, 1)
            .Concat(document.BodySections.SelectMany(s => TextUnits.Split(s.Lines, s.HeadingLine + 1)));
        foreach (var unit in units)
        {
            var cited = Figures.Citations(unit.Text).Distinct().ToList();
            var figures = Figures.Find(unit.Text).Select(StatedFigure.Read).OfType<StatedFigure>().ToList();
            if (cited.Count == 0 || figures.Count == 0)
            {
                continue;
            }

            var descriptions = cited.Select(n => sources.TryGetValue(n, out var d) ? d : null).ToList();
            if (briefValues is not null && descriptions.All(d => d is not null && NamesBrief(d)))
            {
                foreach (var figure in figures.Where(f => !briefValues.Any(v => v.IsPercent == f.IsPercent && f.Admits(v.Value))))
                {
                    yield return new GateIssue(CheckKind.Analytics, $"Figure {figure} is cited to the client's brief, which does not state it", unit.Text);
                }
            }

            var text = Figures.StripCitations(unit.Text);
            var presentedAsBenchmark = text.Contains("benchmark", StringComparison.OrdinalIgnoreCase)
                || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith("peer", StringComparison.OrdinalIgnoreCase));
            if (presentedAsBenchmark && !descriptions.Any(d => d is not null && d.Contains("benchmark", StringComparison.OrdinalIgnoreCase)))
            {
                yield return new GateIssue(CheckKind.Analytics, $"Figure {figures[0]} is presented as a benchmark but cites no listed benchmark source", unit.Text);
            }
        }
    }

    private static bool NamesBrief(string description) =>
        description.Split([' ', ',', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals("brief", StringComparison.OrdinalIgnoreCase));

    private static List<StatedFigure> BriefValues(Brief brief)
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

    private static Dictionary<int, string> Listed(DocumentSection? section)
    {
        var listed = new Dictionary<int, string>();
        foreach (var line in section?.Lines ?? [])
        {
            var item = line.TrimStart().TrimStart('-', '*').TrimStart();
            var numbers = Figures.Citations(item);
            var marker = numbers.Count > 0 ? $"[S{numbers[0]}]" : null;
            if (marker is not null && item.StartsWith(marker, StringComparison.Ordinal))
            {
                listed.TryAdd(numbers[0], item[marker.Length..].Trim());
            }
        }

        return listed;
    }
}
