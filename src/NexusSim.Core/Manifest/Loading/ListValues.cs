using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>Reads the items of a list node: raw items with their paths, texts, ids or enum values.</summary>
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
        foreach (var (item, itemPath) in Items(values, node, path))
        {
            if (values.Enum<T>(item, itemPath) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
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
