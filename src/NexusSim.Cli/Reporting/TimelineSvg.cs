using System.Text;
using NexusSim.Core.Protocols;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Reporting;

/// <summary>Every turn on the simulated clock as an inline SVG: one row per lane, one bar per turn, coloured by actor.</summary>
internal static class TimelineSvg
{
    private const int LabelWidth = 160;
    private const int PlotWidth = 900;
    private const int RowHeight = 26;
    private static readonly string[] Palette = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b"];

    public static string Render(IReadOnlyList<TurnStepResult> turns, IReadOnlyList<ActorFacts> actors)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(actors);
        if (turns.Count == 0)
        {
            return "<p>No turns were run.</p>";
        }

        var start = turns.Min(t => t.StartedAt);
        var span = Math.Max(0.001, (turns.Max(t => t.EndedAt) - start).TotalMinutes);
        var lanes = turns.Select(t => t.Lane).Distinct(StringComparer.Ordinal).ToList();
        var colour = actors.Select((a, i) => (a.Id, Colour: Palette[i % Palette.Length])).ToDictionary(p => p.Id, p => p.Colour, StringComparer.Ordinal);
        var height = (lanes.Count * RowHeight) + 30;
        var width = LabelWidth + PlotWidth + 20;
        var svg = new StringBuilder();
        svg.Append(FormattableString.Invariant($"<svg class=\"timeline\" role=\"img\" aria-label=\"Timeline of turns\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"));
        for (var i = 0; i < lanes.Count; i++)
        {
            var y = i * RowHeight;
            svg.Append(FormattableString.Invariant($"<text x=\"4\" y=\"{y + 17}\" font-size=\"11\">{E(lanes[i])}</text><line x1=\"{LabelWidth}\" y1=\"{y + RowHeight}\" x2=\"{LabelWidth + PlotWidth}\" y2=\"{y + RowHeight}\" stroke=\"#e2e8f0\"/>"));
        }

        foreach (var turn in turns)
        {
            var x = LabelWidth + ((turn.StartedAt - start).TotalMinutes / span * PlotWidth);
            var w = Math.Max(1.5, (turn.EndedAt - turn.StartedAt).TotalMinutes / span * PlotWidth);
            var y = (lanes.IndexOf(turn.Lane) * RowHeight) + 4;
            var fill = colour.GetValueOrDefault(turn.Actor, "#999999");
            var label = $"{turn.Turn}: {turn.Actor} {turn.Task} {turn.Deliverable} ({turn.StartedAt:HH:mm:ss}–{turn.EndedAt:HH:mm:ss}, {turn.PromptTokens}+{turn.CompletionTokens} tokens)";
            svg.Append(FormattableString.Invariant($"<rect x=\"{N(x, "0.##")}\" y=\"{y}\" width=\"{N(w, "0.##")}\" height=\"{RowHeight - 8}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>{E(label)}</title></rect>"));
        }

        var axisY = (lanes.Count * RowHeight) + 18;
        svg.Append(FormattableString.Invariant($"<text x=\"{LabelWidth}\" y=\"{axisY}\" font-size=\"10\">{E(start.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))} (simulated)</text>"));
        svg.Append(FormattableString.Invariant($"<text x=\"{LabelWidth + PlotWidth}\" y=\"{axisY}\" font-size=\"10\" text-anchor=\"end\">+{N(span)} min</text>"));
        svg.Append("</svg><p class=\"legend\">");
        foreach (var actor in actors.Where(a => turns.Any(t => t.Actor == a.Id)))
        {
            svg.Append(FormattableString.Invariant($"<span><i style=\"background:{colour[actor.Id]}\"></i>{E(actor.Name)}</span> "));
        }

        return svg.Append("</p>").ToString();
    }
}
