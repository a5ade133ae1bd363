namespace NexusSim.Core.Manifest.Variants;

/// <summary>One setting of an overlay or of <c>--set</c>: a dotted key, its value, and where it was written.</summary>
/// <param name="Key">The dotted key (<c>gate.style_review.max_attempts</c>).</param>
/// <param name="Value">The value as written.</param>
/// <param name="Location">The overlay file and line, or <c>--set #n</c>.</param>
public sealed record VariantSetting(string Key, string Value, SourceLocation Location);
