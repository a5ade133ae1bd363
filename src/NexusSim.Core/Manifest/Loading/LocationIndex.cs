namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// Where each field of a mapped model record was written, so cross-reference errors point at the
/// exact value rather than at the record. Keyed by record instance.
/// </summary>
internal sealed class LocationIndex
{
    private readonly Dictionary<object, Dictionary<string, SourceLocation>> _fields = new(ReferenceEqualityComparer.Instance);

    public void Set(object owner, string key, SourceLocation location)
    {
        if (!_fields.TryGetValue(owner, out var fields))
        {
            fields = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            _fields.Add(owner, fields);
        }

        fields[key] = location;
    }

    public void SetItems(object owner, string key, IReadOnlyList<LocatedText> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Set(owner, ItemKey(key, i), items[i].Location);
        }
    }

    public SourceLocation Of(object owner, string key, SourceLocation fallback) =>
        _fields.TryGetValue(owner, out var fields) && fields.TryGetValue(key, out var location) ? location : fallback;

    public SourceLocation Item(object owner, string key, int index, SourceLocation fallback) =>
        Of(owner, ItemKey(key, index), fallback);

    private static string ItemKey(string key, int index) => $"{key}[{index}]";
}
