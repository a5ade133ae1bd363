namespace NexusSim.Cli.Hosting;

/// <summary>Where the role manifest is: <c>NexusSim:Manifest</c>.</summary>
internal sealed class ManifestOptions
{
    public const string SectionName = "NexusSim:Manifest";

    /// <summary>The manifest directory or entry file; a relative path resolves from the app's base directory.</summary>
    public string Path { get; set; } = "agents";

    /// <summary>The full path, resolved against <paramref name="baseDirectory"/> when relative.</summary>
    public string Resolve(string baseDirectory) => System.IO.Path.GetFullPath(Path, baseDirectory);
}
