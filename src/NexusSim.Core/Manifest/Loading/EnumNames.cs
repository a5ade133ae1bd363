using System.Text;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>The snake_case manifest names of an enum's members (GatesPassed is gates_passed).</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<string, T> Values =
        Enum.GetValues<T>().ToDictionary(v => ToSnake(v.ToString()), v => v, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Values.Keys;

    public static bool TryParse(string name, out T value) => Values.TryGetValue(name, out value);

    private static string ToSnake(string pascal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
