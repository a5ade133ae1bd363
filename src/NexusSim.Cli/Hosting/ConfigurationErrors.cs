using System.Reflection;
using System.Text.RegularExpressions;

namespace NexusSim.Cli.Hosting;

/// <summary>
/// Recognises a bad setting among start-up failures: a value that does not convert
/// (<c>NexusSim__Simulation__Seed=abc</c>), an unknown key (<c>NexusSim__Stub__Qualty__Cliche</c>) or a
/// Serilog setting it cannot read (<c>Serilog__MinimumLevel__Default=Loud</c>), and words it for the user.
/// </summary>
internal static partial class ConfigurationErrors
{
    /// <summary>True when <paramref name="ex"/> (or an exception inside it) is a configuration binding or reading error.</summary>
    public static bool IsBinding(Exception ex) => Chain(ex).Any(e =>
        (e is InvalidOperationException && (e.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("were not found", StringComparison.Ordinal)))
        || (e.StackTrace ?? string.Empty).Contains("Serilog.Settings.Configuration", StringComparison.Ordinal));

    /// <summary>The messages of the exception chain, joined: the binder names the key, its inner exception the value.</summary>
    public static string Describe(Exception ex)
    {
        var text = string.Join(" ", Chain(ex).Where(e => e is not AggregateException).Select(e => e.Message).Distinct(StringComparer.Ordinal));
        const string Unknown = "the following properties were not found on the instance of ";
        var at = text.IndexOf(Unknown, StringComparison.Ordinal);
        if (at >= 0)
        {
            var rest = text[(at + Unknown.Length)..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            var type = colon < 0 ? rest : rest[..colon];
            var keys = colon < 0 ? string.Empty : rest[(colon + 1)..].Trim();
            return UnknownKeys(type, keys);
        }

        // The binder's "Failed to convert configuration value 'x' at 'A:B' to type 'System.Int32'. …" and the
        // parser's own words after it, said once in the user's terms.
        var conversion = Conversion().Match(text);
        if (conversion.Success)
        {
            return $"setting {conversion.Groups["key"].Value}: '{conversion.Groups["value"].Value}' is not {Expected(conversion.Groups["type"].Value)}.";
        }

        return text.StartsWith("The value", StringComparison.Ordinal) && text.Contains("Serilog", StringComparison.Ordinal) ? "Serilog setting: " + text : text;
    }

    // The binder names the options class and the keys it does not have ("'Qualty'"): said as the section
    // the user wrote ("NexusSim:Stub", from the class's SectionName or its name without "Options"), with
    // the nearest key it does have and the keys it has.
    private static string UnknownKeys(string typeName, string keys)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is not null);
        var name = typeName.Split('.', '+')[^1];
        // A nested class (a model's prices) has no section of its own to name.
        var section = type?.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
            ?? (name.EndsWith("Options", StringComparison.Ordinal) ? "NexusSim:" + name[..^"Options".Length] : null);
        var known = type?.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).ToList() ?? [];
        var first = keys.Split(',')[0].Trim().Trim('\'');
        var hint = Core.Manifest.Loading.NearestName.Appended(first, known);
        var list = known.Count == 0 ? string.Empty : $" The keys {(section is null ? "there" : "of " + section)} are: {string.Join(", ", known)}.";
        return $"unknown setting {keys}{(section is null ? string.Empty : " under " + section)}.{hint}{list} Check its spelling against appsettings.json.";
    }

    private static string Expected(string type) => type switch
    {
        "System.Byte" or "System.Int16" or "System.Int32" or "System.Int64" or "System.UInt16" or "System.UInt32" or "System.UInt64" => "a whole number",
        "System.Single" or "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a duration such as 00:00:30",
        _ => "a valid " + type.Split('.', '+')[^1],
    };

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*?)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conversion();

    private static IEnumerable<Exception> Chain(Exception? ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
