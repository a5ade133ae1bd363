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
}
