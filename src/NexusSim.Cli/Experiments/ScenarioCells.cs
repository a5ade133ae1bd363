using NexusSim.Core.Manifest.Variants;

namespace NexusSim.Cli.Experiments;

/// <summary>
/// The categories of the scenario charts: one per cell of the grid (protocol, variant, scenario,
/// brief, firm) with the scenario's own switch taken out, so the two bars of a category are the same
/// cell run as <c>NAME</c> and as <c>NAME:uncaught</c>, averaged over the seeds only, never over
/// briefs, firms, protocols or variants. Each is labelled by its scenario and the axes that vary among
/// the categories (briefs and firms by <see cref="CellLabels"/>' short names). A variant that sets a
/// key the scenario's switch sets (<c>authority=record_only</c> for <c>role_drift</c>) decides that
/// mechanism in both bars, since settings are applied after the scenario, whether it sets it by an
/// overlay file or a --set pair: its label says so, on a second line.
/// </summary>
internal sealed class ScenarioCells
{
    private readonly Dictionary<Key, int> _index = [];
    private readonly List<string> _labels = [];
    private readonly CellLabels _names;

    public ScenarioCells(IReadOnlyList<ExperimentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _names = new CellLabels(rows.Select(r => r.Cell));
        var keys = new List<(Key Key, ExperimentCell Cell)>();
        foreach (var row in rows)
        {
            var key = KeyOf(row, _names);
            if (_index.TryAdd(key, keys.Count))
            {
                keys.Add((key, row.Cell));
            }
        }

        var protocols = Varies(keys, k => k.Protocol);
        var variants = Varies(keys, k => k.Variant);
        var briefs = Varies(keys, k => k.Brief);
        var firms = Varies(keys, k => k.Firm);
        foreach (var (key, cell) in keys)
        {
            var parts = new List<string>();
            AddIf(parts, protocols, key.Protocol);
            AddIf(parts, variants, key.Variant);
            parts.Add(key.Scenario);
            AddIf(parts, briefs, key.Brief);
            AddIf(parts, firms, key.Firm);
            var label = string.Join(" / ", parts);
            var overrides = Overrides(cell.Variant, key.Scenario);
            _labels.Add(overrides.Count == 0 ? label : $"{label}\n[variant sets {string.Join(", ", overrides)}]");
        }
    }

    /// <summary>The categories' labels, in the order the rows first name them.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The category of a row given to the constructor.</summary>
    public int IndexOf(ExperimentRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _index[KeyOf(row, _names)];
    }

    /// <summary>The scenario without its <c>:uncaught</c> suffix.</summary>
    public static string BaseName(string scenario) =>
        IsUncaught(scenario) ? scenario[..^FailureScenarios.Uncaught.Length] : scenario;

    /// <summary>Whether the scenario is run with its mechanism switched off by the scenario.</summary>
    public static bool IsUncaught(string scenario) => scenario.EndsWith(FailureScenarios.Uncaught, StringComparison.Ordinal);

    /// <summary>
    /// The variant's settings whose key is one the scenario's <c>:uncaught</c> switch sets, from its
    /// overlay files and its --set pairs as the run reads them (each key's last value, as it is the one
    /// that applies): they are applied after the scenario, so they decide that mechanism whichever way
    /// the scenario runs. An overlay that cannot be read adds nothing (the run itself reports it).
    /// </summary>
    public static IReadOnlyList<string> Overrides(ExperimentVariant variant, string scenario)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var on = FailureScenarios.SettingsOf(scenario);
        var off = FailureScenarios.SettingsOf(scenario + FailureScenarios.Uncaught);
        if (on is null || off is null)
        {
            return [];
        }

        var switched = ManifestVariant.SettingsOf([], [.. off.Except(on, StringComparer.Ordinal)]).Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. ManifestVariant.SettingsOf(variant.Overlays, variant.Sets)
            .Where(s => switched.Contains(s.Key))
            .GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Last())
            .Select(s => $"{s.Key}={s.Value}")];
    }

    private static Key KeyOf(ExperimentRow row, CellLabels names) =>
        new(row.Cell.Protocol, row.Cell.Variant.Name, BaseName(row.Cell.Scenario), names.BriefOf(row.Cell), names.FirmOf(row.Cell));

    private static bool Varies(List<(Key Key, ExperimentCell Cell)> keys, Func<Key, string> part) =>
        keys.Select(k => part(k.Key)).Distinct(StringComparer.Ordinal).Count() > 1;

    private static void AddIf(List<string> parts, bool add, string part)
    {
        if (add)
        {
            parts.Add(part);
        }
    }

    private readonly record struct Key(string Protocol, string Variant, string Scenario, string Brief, string Firm);
}
