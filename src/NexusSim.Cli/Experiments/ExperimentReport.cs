using NexusSim.Core.Engagements;
using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using NexusSim.Cli.Rendering;
using NexusSim.Cli.Reporting;
using static NexusSim.Cli.Reporting.HtmlText;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// An experiment's report.html: one self-contained page (inline CSS, no script, nothing loaded from
/// elsewhere) with summary.md's tables rendered (raw HTML off, so names from overlays or briefs are
/// text) and every chart embedded as a PNG data URI, so the folder can be mailed as one file.
/// </summary>
internal static partial class ExperimentReport
{
    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1180px;padding:1rem 2rem;color:#1a202c;line-height:1.45}
        h2{border-bottom:2px solid #cbd5e0;padding-bottom:.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}th,td{border:1px solid #cbd5e0;padding:.25rem .5rem;text-align:left}
        thead th{background:#edf2f7}.scroll{overflow-x:auto}figure{margin:1rem 0}img{max-width:100%;border:1px solid #e2e8f0}img.wide{max-width:none}
        """;

    /// <summary>Writes report.html into <paramref name="directory"/> from summary.md's text and the charts already written there.</summary>
    public static async Task WriteAsync(string directory, string summary, int runs, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        html.Append($"<title>Experiment: {E(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)))}</title><style>{Css}</style></head><body>");
        html.Append($"<header><h1>Experiment {E(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)))}</h1><p>{N(runs)} {CountWords.Noun(runs, "run")} · one row per run in <code>{ResultsCsv.FileName}</code></p></header>");
        html.Append("<section id=\"charts\"><h2>Charts</h2>");
        var charts = Path.Combine(directory, ExperimentCharts.FolderName);
        foreach (var png in Directory.Exists(charts) ? Directory.GetFiles(charts, "*.png").OrderBy(ChartOrder, StringComparer.Ordinal).ToArray() : [])
        {
            var name = Path.GetFileNameWithoutExtension(png);
            var bytes = await File.ReadAllBytesAsync(png, cancellationToken).ConfigureAwait(false);
            var data = Convert.ToBase64String(bytes);
            // A chart drawn wider for its many categories is shown at its size, scrolled, not shrunk until its names are unreadable.
            var wide = PngWidth(bytes) > ExperimentCharts.Width;
            html.Append($"<figure id=\"{E(name)}\"{(wide ? " class=\"scroll\"" : string.Empty)}><img alt=\"{E(name)}\" src=\"data:image/png;base64,{data}\"{(wide ? " class=\"wide\"" : string.Empty)}><figcaption>{E(ChartCaptions.Of(name))}<br><small><code>{ExperimentCharts.FolderName}/{E(name)}.png</code>, <code>{ExperimentCharts.FolderName}/{E(name)}.svg</code></small></figcaption></figure>");
        }

        html.Append("</section><section id=\"summary\" class=\"scroll\">");
        html.Append(MarkdownHtml.Render(summary));
        html.Append("</section></body></html>");
        await File.WriteAllTextAsync(Path.Combine(directory, ReportHtml.FileName), html.ToString(), cancellationToken).ConfigureAwait(false);
    }

    // Charts by name, a split chart's parts in their order (NAME_part2 before NAME_part10).
    private static string ChartOrder(string png) =>
        PartNumber().Replace(Path.GetFileNameWithoutExtension(png), m => "_part" + m.Groups[1].Value.PadLeft(9, '0'));

    [GeneratedRegex(@"_part([0-9]{1,9})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartNumber();

    // A PNG's width, from its header (the IHDR chunk follows the 8-byte signature); 0 when there is none.
    private static int PngWidth(byte[] png) => png.Length >= 24 ? BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)) : 0;
}
