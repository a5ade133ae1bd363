using NexusSim.Core.Engagements;
using System.Text;
using NexusSim.Cli.Rendering;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>The firm's reporting lines as an inline SVG tree, each box with the number of decisions its actor made.</summary>
internal static class OrgChartSvg
{
    private const int BoxWidth = 150;
    private const int BoxHeight = 58;
    private const int ColumnGap = 14;
    private const int RowGap = 46;

    public static string Render(IReadOnlyList<ActorFacts> actors, IReadOnlyDictionary<string, int> decisions)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(decisions);
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var children = actors.ToLookup(a => a.ReportsTo is { } r && ids.Contains(r) ? r : null);
        var positions = new Dictionary<string, (double X, int Depth)>(StringComparer.Ordinal);
        var nextLeaf = 0;
        var maxDepth = 0;

        double Place(ActorFacts actor, int depth, HashSet<string> seen)
        {
            maxDepth = Math.Max(maxDepth, depth);
            var kids = seen.Add(actor.Id) ? children[actor.Id].ToList() : [];
            var x = kids.Count == 0 ? nextLeaf++ : kids.Select(k => Place(k, depth + 1, seen)).Average();
            positions[actor.Id] = (x, depth);
            return x;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in children[null])
        {
            Place(root, 0, visited);
        }

        var width = Math.Max(1, nextLeaf) * (BoxWidth + ColumnGap) + ColumnGap;
        var height = (maxDepth + 1) * (BoxHeight + RowGap) + ColumnGap;
        var svg = new StringBuilder();
        svg.Append(FormattableString.Invariant($"<svg class=\"org\" role=\"img\" aria-label=\"Organisation chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"));
        foreach (var actor in actors.Where(a => positions.ContainsKey(a.Id) && a.ReportsTo is { } r && positions.ContainsKey(r)))
        {
            var (cx, cy) = Centre(positions[actor.Id]);
            var (px, py) = Centre(positions[actor.ReportsTo!]);
            svg.Append(FormattableString.Invariant($"<line x1=\"{px}\" y1=\"{py + (BoxHeight / 2)}\" x2=\"{cx}\" y2=\"{cy - (BoxHeight / 2)}\" stroke=\"#8a94a6\"/>"));
        }

        foreach (var actor in actors.Where(a => positions.ContainsKey(a.Id)))
        {
            var (cx, cy) = Centre(positions[actor.Id]);
            var count = decisions.GetValueOrDefault(actor.Id);
            var fill = actor.Human ? "#fff4d6" : "#e8f0fe";
            svg.Append(FormattableString.Invariant($"<g><title>{E(actor.Name)}, {E(actor.Title)}: {CountWords.Of(count, "decision")}</title><rect x=\"{cx - (BoxWidth / 2)}\" y=\"{cy - (BoxHeight / 2)}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#4a5568\"/>"));
            svg.Append(FormattableString.Invariant($"<text x=\"{cx}\" y=\"{cy - 10}\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"13\">{E(actor.Name)}</text>"));
            svg.Append(FormattableString.Invariant($"<text x=\"{cx}\" y=\"{cy + 6}\" text-anchor=\"middle\" font-size=\"10\">{E(Shorten(actor.Title))}</text>"));
            svg.Append(FormattableString.Invariant($"<text x=\"{cx}\" y=\"{cy + 21}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#2b6cb0\">{CountWords.Of(count, "decision")}</text></g>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static (double X, double Y) Centre((double X, int Depth) position) =>
        (ColumnGap + (position.X * (BoxWidth + ColumnGap)) + (BoxWidth / 2.0), ColumnGap + (position.Depth * (BoxHeight + RowGap)) + (BoxHeight / 2.0));

    private static string Shorten(string text) => text.Length <= 24 ? text : string.Concat(text.AsSpan(0, 23), "…");
}
