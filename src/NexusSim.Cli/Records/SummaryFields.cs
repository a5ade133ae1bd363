using System.Globalization;
using System.Text.Json;

namespace NexusSim.Cli.Records;

/// <summary>
/// summary.json's values as (name, text) rows, driven by the JSON alone so that a field added later shows
/// without code changes: nested objects flatten to dotted names (<c>defects.caught.g1</c>), lists of plain
/// values join with ", ", lists holding objects or lists number their items (<c>name[0].field</c>).
/// </summary>
internal static class SummaryFields
{
    /// <summary>The text shown for an empty list or object.</summary>
    public const string Empty = "(empty)";

    /// <summary>The rows of <paramref name="value"/> named from <paramref name="name"/>, in file order.</summary>
    public static IEnumerable<(string Name, string Value)> Flatten(string name, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(name);
        return value.ValueKind switch
        {
            JsonValueKind.Object => Object(name, value),
            JsonValueKind.Array => List(name, value),
            _ => [(name, Text(value))],
        };
    }

    /// <summary>The text shown for a null value, or a field a run does not have (README, "runs show").</summary>
    public const string None = "(none)";

    /// <summary>A plain value as text: a string as itself, <see cref="None"/> for null, any other value as written.</summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? None,
        JsonValueKind.Null or JsonValueKind.Undefined => None,
        _ => value.GetRawText(),
    };

    private static IEnumerable<(string Name, string Value)> Object(string name, JsonElement value)
    {
        var rows = value.EnumerateObject().SelectMany(p => Flatten($"{name}.{p.Name}", p.Value)).ToList();
        return rows.Count == 0 ? [(name, Empty)] : rows;
    }

    private static IEnumerable<(string Name, string Value)> List(string name, JsonElement value)
    {
        var items = value.EnumerateArray().ToList();
        if (items.Count == 0)
        {
            return [(name, Empty)];
        }

        if (items.All(i => i.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)))
        {
            return [(name, string.Join(", ", items.Select(Text)))];
        }

        return items.SelectMany((item, index) => Flatten(string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"), item));
    }
}
