namespace NexusSim.Cli.Tests.Support;

/// <summary>The root files the build copies beside the test binaries.</summary>
internal static class Paths
{
    public static string ShippedManifest => Path.Combine(AppContext.BaseDirectory, "agents");

    public static string FiveAgentFirm => Path.Combine(AppContext.BaseDirectory, "samples", "five-agent-firm");

    public static string Briefs => Path.Combine(AppContext.BaseDirectory, "briefs");

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "nexussim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
