namespace NexusSim.Core.Manifest.Loading.Yaml;

/// <summary>A key and its value.</summary>
internal sealed record MapEntry(ScalarNode Key, ManifestNode Value);
