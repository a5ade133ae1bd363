using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// A map checked against a <see cref="KeySpec"/> (unknown keys with the nearest known key, missing
/// required keys), with typed accessors that read a key's value strictly. Absent keys read as null
/// or an empty list; the caller supplies defaults.
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, MapEntry> _entries;
    private readonly ValueReader _values;

    private MapReader(MapNode map, string path, ValueReader values, KeySpec spec)
    {
        Path = path;
        Location = map.Location;
        _values = values;
        _entries = new Dictionary<string, MapEntry>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (spec.Allowed.Contains(entry.Key.Value, StringComparer.Ordinal))
            {
                _entries.Add(entry.Key.Value, entry);
                continue;
            }

            values.Diagnostics.Add(entry.Key.Location, ErrorCodes.UnknownKey,
                $"{path}: unknown key '{entry.Key.Value}' in {spec.What}.",
                map.IsFlow && entry.Value is ScalarNode { IsNull: true }
                    ? CommaHint(entry.Key.Value)
                    : NearestName.Hint(entry.Key.Value, spec.Allowed, "keys"));
        }

        foreach (var key in spec.Required.Where(k => !_entries.ContainsKey(k)))
        {
            values.Diagnostics.Add(Location, ErrorCodes.MissingKey, $"{path}: {spec.What} needs the key '{key}'.",
                $"Add '{key}:' to it.");
        }
    }

    public string Path { get; }

    /// <summary>
    /// A bare word in a <c>{ ... }</c> map is most often the tail of the previous value cut off by a
    /// comma (<c>{name: Smith, Jones}</c>), so the fix says to quote that value.
    /// </summary>
    private static string CommaHint(string word) =>
        $"In a {{ ... }} map a comma starts a new entry, so '{word}' was read as a key. If it belongs to the "
        + $"previous value, put that value in quotes (name: \"..., {word}\"); otherwise remove it.";

    public SourceLocation Location { get; }

    /// <summary>Opens a node as a map of this kind; null (after reporting) when it is not a map.</summary>
    public static MapReader? Open(ManifestNode node, string path, ValueReader values, KeySpec spec) =>
        values.Map(node, path) is { } map ? new MapReader(map, path, values, spec) : null;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Where the key's value was written, or the map's own location when the key is absent.</summary>
    public SourceLocation At(string key) => Get(key)?.Location ?? Location;

    public ManifestNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public string? Text(string key) => Get(key) is { } node ? _values.Text(node, Sub(key)) : null;

    public string? Id(string key) => Get(key) is { } node ? _values.Id(node, Sub(key)) : null;

    public long? Integer(string key, long min, long max) =>
        Get(key) is { } node ? _values.Integer(node, Sub(key), min, max) : null;

    public decimal? Decimal(string key, decimal min) => Get(key) is { } node ? _values.Decimal(node, Sub(key), min) : null;

    public bool? Bool(string key) => Get(key) is { } node ? _values.Bool(node, Sub(key)) : null;

    public T? Enum<T>(string key)
        where T : struct, System.Enum => Get(key) is { } node ? _values.Enum<T>(node, Sub(key)) : null;

    public MapReader? Map(string key, KeySpec spec) => Get(key) is { } node ? Open(node, Sub(key), _values, spec) : null;

    public IReadOnlyList<(ManifestNode Node, string Path)> Items(string key) =>
        Get(key) is { } node ? ListValues.Items(_values, node, Sub(key)) : [];

    /// <summary>A list of texts, each once (case aside: two headings or variants that differ only in case are one).</summary>
    public IReadOnlyList<LocatedText> Texts(string key) =>
        Get(key) is { } node ? ListValues.Once(_values, ListValues.Texts(_values, node, Sub(key)), Sub(key), StringComparer.OrdinalIgnoreCase) : [];

    /// <summary>A list of ids, each once.</summary>
    public IReadOnlyList<LocatedText> Ids(string key) =>
        Get(key) is { } node ? ListValues.Once(_values, ListValues.Ids(_values, node, Sub(key)), Sub(key), StringComparer.Ordinal) : [];

    public IReadOnlyList<T> Enums<T>(string key)
        where T : struct, System.Enum => Get(key) is { } node ? ListValues.Enums<T>(_values, node, Sub(key)) : [];

    private string Sub(string key) => $"{Path}.{key}";
}
