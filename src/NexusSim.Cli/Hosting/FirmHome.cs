namespace NexusSim.Cli.Hosting;

/// <summary>
/// Where the firm's files (appsettings.json, agents/, prompts/, briefs/, samples/) are read from:
/// the working directory when it holds a copy (both appsettings.json and agents/, as
/// <c>nexussim init</c> writes them), otherwise the app's base directory, where the build and the
/// installed tool keep the shipped files.
/// </summary>
internal static class FirmHome
{
    /// <summary>The files <c>nexussim init</c> copies, and whose presence marks a firm folder.</summary>
    public static IReadOnlyList<string> Entries { get; } = ["appsettings.json", "agents", "prompts", "briefs", "samples"];

    /// <summary>The folder the firm's files are read from.</summary>
    public static string Directory => IsFirmFolder(Environment.CurrentDirectory) ? Environment.CurrentDirectory : AppContext.BaseDirectory;

    /// <summary>The path of one of the firm's entries (e.g. prompts): the working directory's copy when it is a firm folder holding it, else the shipped one.</summary>
    public static string PathOf(string entry)
    {
        var local = Path.Combine(Directory, entry);
        return File.Exists(local) || System.IO.Directory.Exists(local) ? local : Path.Combine(AppContext.BaseDirectory, entry);
    }

    /// <summary>True when <paramref name="directory"/> holds its own appsettings.json and agents/.</summary>
    public static bool IsFirmFolder(string directory) =>
        File.Exists(Path.Combine(directory, "appsettings.json")) && System.IO.Directory.Exists(Path.Combine(directory, "agents"));
}
