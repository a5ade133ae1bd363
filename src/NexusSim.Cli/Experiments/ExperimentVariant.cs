namespace NexusSim.Cli.Experiments;

/// <summary>
/// One variant of the firm in an experiment: a name and what it changes, as governance overlay files
/// and --set pairs (applied by the engine's ManifestVariant when the run's inputs are resolved).
/// </summary>
internal sealed record ExperimentVariant(string Name, IReadOnlyList<string> Overlays, IReadOnlyList<string> Sets)
{
    /// <summary>Where each of <see cref="Sets"/> was written ("--variant ungoverned, item 2"), so its errors name the variant's item, not a --set.</summary>
    public IReadOnlyList<string> SetLabels { get; init; } = [];

    /// <summary>The variant that changes nothing.</summary>
    public static ExperimentVariant Baseline { get; } = new(BaselineName, [], []);

    /// <summary>The name of the variant that changes nothing.</summary>
    public const string BaselineName = "baseline";
}
