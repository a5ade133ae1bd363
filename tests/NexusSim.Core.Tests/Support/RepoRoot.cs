namespace NexusSim.Core.Tests.Support;

/// <summary>The repository's root files: found by walking up from the test binaries to NexusSim.sln.</summary>
internal static class RepoRoot
{
    private const string SolutionFile = "NexusSim.sln";

    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string ShippedManifest => Combine("agents");

    public static string FiveAgentFirm => Combine("samples", "five-agent-firm");

    public static string TaskTemplates => Combine("prompts", "tasks");

    public static string Briefs => Combine("briefs");

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
