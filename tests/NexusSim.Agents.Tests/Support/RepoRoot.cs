namespace NexusSim.Agents.Tests.Support;

/// <summary>The repository root (the folder holding NexusSim.sln), for fixtures that are not copied beside the tests.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NexusSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NexusSim.sln not found above " + AppContext.BaseDirectory);
    }
}
