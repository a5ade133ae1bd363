using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;
using NexusSim.Core.Manifest.Loading;

namespace NexusSim.Agents.Tests.Support;

/// <summary>The shipped firm and the five-agent sample, read from the files copied beside the tests.</summary>
internal static class LoadedFirms
{
    private static readonly Lazy<FirmManifest> ShippedFirm = new(() => Load("agents"));
    private static readonly Lazy<FirmManifest> FiveAgentFirm = new(() => Load(Path.Combine("samples", "five-agent-firm")));

    public static FirmManifest Shipped => ShippedFirm.Value;

    public static FirmManifest FiveAgents => FiveAgentFirm.Value;

    public static FirmManifest ByName(string name) => name == "five" ? FiveAgents : Shipped;

    public static Brief BriefFor(FirmManifest manifest)
    {
        var path = manifest == FiveAgents
            ? Path.Combine(AppContext.BaseDirectory, "samples", "five-agent-firm", "brief.yaml")
            : Path.Combine(AppContext.BaseDirectory, "briefs", "default.yaml");
        var result = BriefLoader.LoadFile(path);
        return result.Brief ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    private static FirmManifest Load(string relative)
    {
        var result = ManifestLoader.Load(Path.Combine(AppContext.BaseDirectory, relative));
        return result.Manifest ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }
}
