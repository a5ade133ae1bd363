using System.Globalization;
using System.Text.RegularExpressions;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The caption report.html shows under a chart, from its file name: the chart's title in words
/// ("Makespan per protocol / variant (one dot per run)"), not its file name, and for a part of a
/// split chart which part it is.
/// </summary>
internal static partial class ChartCaptions
{
    /// <summary>The caption of the chart saved as <paramref name="name"/> (without extension); an unknown name, in words.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var part = PartNumber().Match(name);
        var chart = part.Success ? name[..part.Index] : name;
        var caption = ExperimentCharts.Captions.TryGetValue(chart, out var title) ? title
            : ScenarioCharts.Captions.FirstOrDefault(c => c.Name == chart).Caption ?? chart.Replace('_', ' ');
        return part.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{caption} (part {int.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture)})")
            : caption;
    }

    [GeneratedRegex(@"_part([0-9]{1,9})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartNumber();
}
