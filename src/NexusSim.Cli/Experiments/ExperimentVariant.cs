namespace NexusSim.Cli.Experiments;

/// <summary>
/// One variant of the firm in an experiment: a name and what it changes, as governance overlay files
/// and --set pairs (applied by the engine's ManifestVariant when the run's inputs are resolved).
/// </summary>
internal sealed record ExperimentVariant(string Name, IReadOnlyList<string> Overlays, IReadOnlyList<string> Sets)
{
    /// <summary>The variant that changes nothing.</summary>
    public static ExperimentVariant Baseline { get; } = new(BaselineName, [], []);

    /// <summary>The name of the variant that changes nothing.</summary>
    public const string BaselineName = "baseline";
}
