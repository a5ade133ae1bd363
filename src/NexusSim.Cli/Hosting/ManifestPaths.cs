namespace NexusSim.Cli.Hosting;

/// <summary>Resolves the manifest a verb should read.</summary>
internal static class ManifestPaths
{
    /// <summary>
    /// A path given on the command line resolves from the working directory; with none, the
    /// configured path resolves from the app's base directory (the shipped agents/).
    /// </summary>
    public static string Resolve(string? commandLinePath, ManifestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(commandLinePath)
            ? options.Resolve(AppContext.BaseDirectory)
            : Path.GetFullPath(commandLinePath);
    }
}
