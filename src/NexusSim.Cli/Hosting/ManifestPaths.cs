namespace NexusSim.Cli.Hosting;

/// <summary>Resolves the manifest a verb should read.</summary>
internal static class ManifestPaths
{
    /// <summary>
    /// A path given on the command line resolves from the working directory; with none, the
    /// configured path resolves from the firm folder (the working directory when it holds a copy made by
    /// `nexussim init`, else the shipped files beside the app; see <see cref="FirmHome"/>).
    /// </summary>
    public static string Resolve(string? commandLinePath, ManifestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(commandLinePath)
            ? options.Resolve(FirmHome.Directory)
            : Path.GetFullPath(commandLinePath);
    }

    /// <summary>
    /// Null when a path was given on the command line or the configured one exists; else what is wrong,
    /// naming the setting (and its environment variable), its value and the full path it resolved to, so a
    /// stray <c>NexusSim__Manifest__Path</c> is not mistaken for a missing file under the app's folder.
    /// <paramref name="instead"/> names the command line's own way to give a manifest (--manifest, PATH).
    /// </summary>
    public static string? ConfiguredProblem(string? commandLinePath, ManifestOptions options, string instead)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(commandLinePath))
        {
            return null;
        }

        var resolved = options.Resolve(FirmHome.Directory);
        return File.Exists(resolved) || Directory.Exists(resolved)
            ? null
            : $"setting {ManifestOptions.SectionName}:Path (environment variable {ManifestOptions.SectionName.Replace(":", "__", StringComparison.Ordinal)}__Path, appsettings.json or --config) is '{options.Path}', " +
              $"which resolves to '{resolved}' (from the firm folder {FirmHome.Directory}): there is no manifest directory or file there. Set it to a manifest directory or its entry file (default: agents), or give {instead}.";
    }
}
