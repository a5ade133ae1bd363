namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A scalar: its text and whether it was written plain (unquoted, so YAML may coerce it).</summary>
internal sealed class ScalarNode(string value, bool isPlain, SourceLocation location) : ManifestNode(location)
{
    public string Value { get; } = value;

    public bool IsPlain { get; } = isPlain;

    /// <summary>True for a plain empty value, <c>~</c> or <c>null</c>: YAML reads it as no value.</summary>
    public bool IsNull => IsPlain && ScalarRules.IsNullWord(Value);

    /// <summary>The most of a value an error quotes; a longer one (a whole file read as one scalar) ends in "…".</summary>
    public const int MaxQuoted = 80;

    public override string Describe() => IsNull ? "no value"
        : Value.Length > MaxQuoted ? $"the value '{Value[..MaxQuoted]}…' ({Value.Length} characters)"
        : $"the value '{Value}'";
}
