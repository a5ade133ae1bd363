using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// Reads the items of a list node: raw items with their paths, texts, ids or enum values. The lists a
/// map's key holds (<see cref="MapReader"/>) name each thing once: an item that repeats an earlier
/// one is reported at the repeat (a repeated deliverable, owner or check would be planned, asked or
/// run twice).
/// </summary>
internal static class ListValues
{
    public static IReadOnlyList<(ManifestNode Node, string Path)> Items(ValueReader values, ManifestNode node, string path)
    {
        if (values.List(node, path) is not { } list)
        {
            return [];
        }

        return [.. list.Items.Select((item, i) => (item, $"{path}[{i}]"))];
    }

    public static IReadOnlyList<LocatedText> Texts(ValueReader values, ManifestNode node, string path) =>
        Collect(values, node, path, values.Text);

    public static IReadOnlyList<LocatedText> Ids(ValueReader values, ManifestNode node, string path) =>
        Collect(values, node, path, values.Id);

    public static IReadOnlyList<T> Enums<T>(ValueReader values, ManifestNode node, string path)
        where T : struct, Enum
    {
        var result = new List<T>();
        var first = new Dictionary<T, SourceLocation>();
        foreach (var (item, itemPath) in Items(values, node, path))
        {
            if (values.Enum<T>(item, itemPath) is { } value)
            {
                result.Add(value);
                ReportRepeat(values, first, value, item is ScalarNode scalar ? scalar.Value : value.ToString(), item.Location, path);
            }
        }

        return result;
    }

    /// <summary>
    /// Reports each item of <paramref name="items"/> that repeats an earlier one (by
    /// <paramref name="comparer"/>), at the repeat; returns the items as they are.
    /// </summary>
    public static IReadOnlyList<LocatedText> Once(ValueReader values, IReadOnlyList<LocatedText> items, string path, StringComparer comparer)
    {
        var first = new Dictionary<string, SourceLocation>(comparer);
        foreach (var item in items)
        {
            if (item.Value.Length > 0)
            {
                ReportRepeat(values, first, item.Value, item.Value, item.Location, path);
            }
        }

        return items;
    }

    private static void ReportRepeat<TKey>(ValueReader values, Dictionary<TKey, SourceLocation> first, TKey key, string shown, SourceLocation at, string path)
        where TKey : notnull
    {
        if (first.TryAdd(key, at))
        {
            return;
        }

        values.Diagnostics.Add(at, ErrorCodes.DuplicateId, $"{path} lists '{shown}' twice (first at line {first[key].Line}).",
            $"Keep one '{shown}' in {path}.");
    }

    private static List<LocatedText> Collect(
        ValueReader values, ManifestNode node, string path, Func<ManifestNode, string, string?> read)
    {
        var result = new List<LocatedText>();
        foreach (var (item, itemPath) in Items(values, node, path))
        {
            if (read(item, itemPath) is { } text)
            {
                result.Add(new LocatedText(text, item.Location));
            }
        }

        return result;
    }
}
