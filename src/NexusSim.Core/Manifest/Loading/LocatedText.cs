namespace NexusSim.Core.Manifest.Loading;

/// <summary>A text value and where it was written.</summary>
internal readonly record struct LocatedText(string Value, SourceLocation Location);
