using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Agents.Tests.Support;

/// <summary>The repository's shipped files, found by walking up from the test binaries to NexusSim.sln.</summary>
internal static class RepoFiles
{
    private const string SolutionFile = "NexusSim.sln";

    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<FirmManifest> Shipped = new(() => LoadManifest(Combine("agents")));
    private static readonly Lazy<FirmManifest> FiveAgents = new(() => LoadManifest(Combine("samples", "five-agent-firm")));

    public static string RootPath => Root.Value;

    public static string PromptsDirectory => Combine("prompts");

    /// <summary>The firm NexusSim ships (agents/manifest.yaml).</summary>
    public static FirmManifest ShippedManifest => Shipped.Value;

    /// <summary>The sample five-agent firm (samples/five-agent-firm).</summary>
    public static FirmManifest FiveAgentFirm => FiveAgents.Value;

    public static FirmManifest Manifest(string name) => name switch
    {
        Firms.Shipped => ShippedManifest,
        Firms.FiveAgents => FiveAgentFirm,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown test firm."),
    };

    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    public static Brief LoadBrief(params string[] relativePath)
    {
        var result = BriefLoader.LoadFile(Combine(relativePath));
        return result.IsValid
            ? result.Brief!
            : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    private static FirmManifest LoadManifest(string directory)
    {
        var result = ManifestLoader.Load(directory);
        return result.IsValid
            ? result.Manifest!
            : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
