namespace NexusSim.Cli.Experiments;

/// <summary>
/// One variant of the firm in an experiment: a name and what it changes, as governance overlay files
/// and --set pairs (applied by the engine's ManifestVariant when the run's inputs are resolved).
/// </summary>
internal sealed record ExperimentVariant(string Name, IReadOnlyList<string> Overlays, IReadOnlyList<string> Sets)
{
    /// <summary>The variant that changes nothing.</summary>
    public static ExperimentVariant Baseline { get; } = new("baseline", [], []);

    /// <summary>Parses NAME=ITEM[,ITEM]: an item with '=' is a key=value setting, else an overlay file.</summary>
    public static ExperimentVariant? Parse(string text, out string? problem)
    {
        problem = null;
        var at = text.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1)
        {
            problem = $"--variant: '{text}' is not NAME=ITEM[,ITEM]; an item is an overlay file or a key=value setting (e.g. strict=gates.evidence=on).";
            return null;
        }

        var items = text[(at + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ExperimentVariant(text[..at].Trim(), [.. items.Where(i => !i.Contains('=', StringComparison.Ordinal))], [.. items.Where(i => i.Contains('=', StringComparison.Ordinal))]);
    }
}
