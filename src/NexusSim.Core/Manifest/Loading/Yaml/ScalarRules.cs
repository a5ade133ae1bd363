using System.Text.RegularExpressions;

namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>How YAML 1.1 would read a plain scalar, and the strict forms the manifest accepts.</summary>
internal static partial class ScalarRules
{
    private static readonly HashSet<string> BoolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "yes", "n", "no", "true", "false", "on", "off",
    };

    public static bool IsNullWord(string value) =>
        value.Length == 0 || value == "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase);

    public static bool IsBoolWord(string value) => BoolWords.Contains(value);

    /// <summary>The boolean a YAML 1.1 reader would make of a word, for the fix text.</summary>
    public static bool? BoolMeaning(string value) =>
        !IsBoolWord(value) ? null
        : value.ToUpperInvariant() is "Y" or "YES" or "TRUE" or "ON";

    public static bool IsNumberLike(string value) => Yaml11Number().IsMatch(value);

    public static bool IsId(string value) => IdPattern().IsMatch(value);

    public static bool IsPlainInteger(string value) => IntegerPattern().IsMatch(value);

    public static bool IsPlainDecimal(string value) => DecimalPattern().IsMatch(value);

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(
        @"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^[-+]?0x[0-9a-fA-F_]+$|^[-+]?0o[0-7_]+$|^[-+]?0b[01_]+$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Yaml11Number();
}
