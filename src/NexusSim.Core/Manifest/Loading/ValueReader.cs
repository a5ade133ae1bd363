using System.Globalization;
using NexusSim.Core.Manifest.Loading.Yaml;

namespace NexusSim.Core.Manifest.Loading;

/// <summary>
/// Reads typed values from nodes, strictly: each wrong type, coercion trap or malformed value is
/// reported (with its path, e.g. <c>agents[1].tier</c>) and yields null.
/// </summary>
internal sealed class ValueReader(ManifestDiagnostics diagnostics)
{
    public ManifestDiagnostics Diagnostics { get; } = diagnostics;

    public string? Text(ManifestNode node, string path)
    {
        if (Scalar(node, path, "text") is not { } scalar)
        {
            return null;
        }

        if (scalar.IsPlain && (ScalarRules.IsBoolWord(scalar.Value) || ScalarRules.IsNumberLike(scalar.Value)))
        {
            var reads = ScalarRules.IsBoolWord(scalar.Value) ? "a boolean" : "a number";
            Diagnostics.Add(scalar.Location, ErrorCodes.MustBeQuoted,
                $"{path}: '{scalar.Value}' is read by YAML as {reads}, but text is expected.",
                $"Quote it: \"{scalar.Value}\".");
            return null;
        }

        if (scalar.IsNull || scalar.Value.Trim().Length == 0)
        {
            Diagnostics.Add(scalar.Location, ErrorCodes.EmptyValue, $"{path} has no value.", "Write a non-empty value.");
            return null;
        }

        return scalar.Value;
    }

    /// <summary>An id; a badly formed id is reported but still returned, so references to it do not cascade.</summary>
    public string? Id(ManifestNode node, string path)
    {
        var text = Text(node, path);
        if (text is not null && !ScalarRules.IsId(text))
        {
            Diagnostics.Add(node.Location, ErrorCodes.BadId, $"{path}: '{text}' is not a valid id.",
                "Ids are snake_case: a lowercase letter, then lowercase letters, digits or '_' (e.g. 'lead_analyst').");
        }

        return text;
    }

    public long? Integer(ManifestNode node, string path, long min, long max)
    {
        if (Scalar(node, path, "an integer") is not { } scalar)
        {
            return null;
        }

        if (!scalar.IsPlain || !ScalarRules.IsPlainInteger(scalar.Value)
            || !long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var why = scalar.IsPlain ? "is not a plain decimal integer" : "is quoted";
            Diagnostics.Add(scalar.Location, ErrorCodes.BadInteger, $"{path}: '{scalar.Value}' {why}.",
                "Write plain decimal digits without quotes, '_', exponent or hex (e.g. 1000).");
            return null;
        }

        return InRange(value, min, max, scalar, path) ? value : null;
    }

    public decimal? Decimal(ManifestNode node, string path, decimal min)
    {
        if (Scalar(node, path, "a decimal number") is not { } scalar)
        {
            return null;
        }

        if (!scalar.IsPlain || !ScalarRules.IsPlainDecimal(scalar.Value)
            || !decimal.TryParse(scalar.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Add(scalar.Location, ErrorCodes.BadDecimal, $"{path}: '{scalar.Value}' is not a plain decimal number.",
                "Write digits with an optional '.' fraction, without quotes or exponent (e.g. 1.5).");
            return null;
        }

        if (value < min)
        {
            Diagnostics.Add(scalar.Location, ErrorCodes.OutOfRange, $"{path}: {value} is below {min}.", $"Use a value of at least {min}.");
            return null;
        }

        return value;
    }

    public bool? Bool(ManifestNode node, string path)
    {
        if (Scalar(node, path, "true or false") is not { } scalar)
        {
            return null;
        }

        if (scalar.IsPlain && scalar.Value is "true" or "false")
        {
            return scalar.Value == "true";
        }

        var meant = ScalarRules.BoolMeaning(scalar.Value);
        var fix = meant is null ? "Write true or false." : $"Write {(meant.Value ? "true" : "false")}.";
        Diagnostics.Add(scalar.Location, ErrorCodes.BadBoolean, $"{path}: '{scalar.Value}' is not a boolean; only true and false are.", fix);
        return null;
    }

    public T? Enum<T>(ManifestNode node, string path)
        where T : struct, System.Enum
    {
        var text = Text(node, path);
        if (text is null)
        {
            return null;
        }

        if (EnumNames<T>.TryParse(text, out var value))
        {
            return value;
        }

        Diagnostics.Add(node.Location, ErrorCodes.UnknownValue, $"{path}: '{text}' is not an accepted value.",
            NearestName.Hint(text, EnumNames<T>.Names, "accepted values"));
        return null;
    }

    public ListNode? List(ManifestNode node, string path) => Expect<ListNode>(node, path, "a list");

    public MapNode? Map(ManifestNode node, string path) => Expect<MapNode>(node, path, "a map");

    private ScalarNode? Scalar(ManifestNode node, string path, string expected) => Expect<ScalarNode>(node, path, expected);

    private T? Expect<T>(ManifestNode node, string path, string expected)
        where T : ManifestNode
    {
        if (node is T typed)
        {
            return typed;
        }

        Diagnostics.Add(node.Location, ErrorCodes.WrongNodeType, $"{path}: expected {expected} but found {node.Describe()}.",
            $"Write {expected} here.");
        return null;
    }

    private bool InRange(long value, long min, long max, ScalarNode scalar, string path)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        Diagnostics.Add(scalar.Location, ErrorCodes.OutOfRange, $"{path}: {value} is outside {min}..{max}.",
            $"Use a value from {min} to {max}.");
        return false;
    }
}
