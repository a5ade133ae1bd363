using System.Text.Json;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The experiment folder's experiment.json: the axes it was started with. A later start into the
/// same folder must name the same axes (it then resumes); different axes are refused, so one
/// folder's results.csv and summary.md always describe one experiment.
/// </summary>
internal static class ExperimentDefinition
{
    public const string FileName = "experiment.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The axes as canonical JSON (the order of each axis kept: it orders the rows).</summary>
    public static string Canonical(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return JsonSerializer.Serialize(new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["protocols"] = spec.Protocols,
            ["variants"] = spec.Variants.Select(v => new SortedDictionary<string, object>(StringComparer.Ordinal) { ["name"] = v.Name, ["overlays"] = v.Overlays, ["sets"] = v.Sets }),
            ["scenarios"] = spec.Scenarios,
            ["briefs"] = spec.Briefs.Select(b => b ?? ExperimentCell.Default),
            ["firms"] = spec.Firms.Select(f => f ?? ExperimentCell.Default),
            ["seeds"] = spec.Seeds,
        }, Json);
    }

    /// <summary>
    /// Records the axes in a new folder, or checks them against a folder's record. Returns a problem
    /// naming the axis that differs, or null when the experiment may start (or resume) here.
    /// </summary>
    public static string? Claim(string directory, ExperimentSpec spec)
    {
        var path = Path.Combine(directory, FileName);
        var wanted = Canonical(spec);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, wanted);
            return null;
        }

        var existing = File.ReadAllText(path);
        if (existing == wanted)
        {
            return null;
        }

        var axis = Differing(existing, wanted);
        return $"--out: {directory} holds another experiment ({path} differs{(axis is null ? string.Empty : $" in '{axis}'")}). " +
            "Give a new --out folder, or delete that experiment.json to reuse the folder: finished runs are kept by run id, so a run whose inputs did not change is still not redone.";
    }

    private static string? Differing(string existing, string wanted)
    {
        try
        {
            using var a = JsonDocument.Parse(existing);
            using var b = JsonDocument.Parse(wanted);
            return b.RootElement.EnumerateObject()
                .Where(p => !a.RootElement.TryGetProperty(p.Name, out var old) || old.GetRawText() != p.Value.GetRawText())
                .Select(p => p.Name)
                .FirstOrDefault();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
