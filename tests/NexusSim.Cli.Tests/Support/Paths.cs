namespace NexusSim.Cli.Tests.Support;

/// <summary>The root files the build copies beside the test binaries.</summary>
internal static class Paths
{
    public static string ShippedManifest => Path.Combine(AppContext.BaseDirectory, "agents");

    public static string FiveAgentFirm => Path.Combine(AppContext.BaseDirectory, "samples", "five-agent-firm");

    public static string Briefs => Path.Combine(AppContext.BaseDirectory, "briefs");

    /// <summary>
    /// A firm under tests/fixtures/firms, written from the docs alone; found in the repository from the
    /// test binaries up to NexusSim.sln (the build does not copy the fixtures).
    /// </summary>
    public static string FixtureFirm(string name) => Path.Combine(RepositoryRoot, "tests", "fixtures", "firms", name);

    /// <summary>The clone the tests were built from: the folder above the test binaries holding NexusSim.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NexusSim.sln")))
            {
                directory = directory.Parent;
            }

            Assert.NotNull(directory);
            return directory.FullName;
        }
    }

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "nexussim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
