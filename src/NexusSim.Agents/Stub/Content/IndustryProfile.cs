namespace NexusSim.Agents.Stub.Content;

/// <summary>What the library knows about an industry: its processes, headline metric and regulation.</summary>
internal sealed record IndustryProfile(
    string Name,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Processes,
    string Metric,
    string Unit,
    int BaselineMin,
    int BaselineMax,
    string Regulation,
    string Benchmark,
    string FilePath,
    int Line)
{
    /// <summary>The fallback profile's name.</summary>
    public const string Generic = "*";
}
