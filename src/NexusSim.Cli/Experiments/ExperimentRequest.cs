namespace NexusSim.Cli.Experiments;

/// <summary>What the user asked `experiment` for: option text as given (null when not given), merged over an experiment file.</summary>
internal sealed record ExperimentRequest
{
    /// <summary>The seeds when neither the options nor the file name any.</summary>
    public const string DefaultSeeds = "1..10";

    public string? File { get; init; }

    public string? Protocols { get; init; }

    public IReadOnlyList<string> Variants { get; init; } = [];

    public string? Scenarios { get; init; }

    public string? Briefs { get; init; }

    public string? Firms { get; init; }

    public string? Seeds { get; init; }

    public int? Parallelism { get; init; }

    public string? OutDirectory { get; init; }

    public bool KeepRuns { get; init; }

    /// <summary>The experiment file's values, once <see cref="ToSpec"/> has read it.</summary>
    private ExperimentFile? Loaded { get; set; }

    public int? FileParallelism => Loaded?.Parallelism;

    public string? FileOutDirectory => Loaded?.OutDirectory;

    public bool FileKeepRuns => Loaded?.KeepRuns ?? false;

    /// <summary>The axes, options over the file over the defaults; null (with problems) when any is bad.</summary>
    public ExperimentSpec? ToSpec(string defaultProtocol, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (File is not null)
        {
            Loaded = ExperimentFile.Load(File, problems);
            if (Loaded is null)
            {
                return null;
            }
        }

        foreach (var (option, text, example, fallback) in new[]
        {
            ("--protocol", Protocols, "chain,broadcast", "the configured protocol"),
            ("--scenario", Scenarios, "role_drift,pricing_drift", "no scenario"),
            ("--brief", Briefs, "a.yaml,b.yaml", "the firm's default brief"),
            ("--manifest", Firms, "agents,samples/five-agent-firm", "the configured firm"),
        })
        {
            // An empty value (an unset shell variable, --brief "") names nothing: say so rather than fall back to the default, as run does.
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{option}: '{text}' names nothing. Give e.g. {option} {example}, or leave {option} out for {fallback}.");
            }
            else if (text is not null && ExperimentAxes.EmptyItem(text, option, example) is { } empty)
            {
                problems.Add(empty);
            }
        }

        if (Parallelism is < 1)
        {
            problems.Add($"--parallelism: {Parallelism} is not a number of engagements; give 1 or more.");
        }

        var seeds = Seeds is not null ? ExperimentAxes.Seeds(Seeds, "--seeds", problems)
            : Loaded?.Seeds is { } fileSeeds ? ExperimentAxes.Seeds(fileSeeds.Text, fileSeeds.Where, problems)
            : ExperimentAxes.Seeds(DefaultSeeds, "--seeds", problems);
        var variants = Variants.Count > 0 ? Variants.Select(v => ExperimentAxes.Variant(v, "--variant", problems)).OfType<ExperimentVariant>().ToList()
            : [.. Loaded?.Variants ?? []];
        var duplicate = variants.GroupBy(v => v.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            problems.Add($"--variant: the name '{duplicate.Key}' is used twice; give each variant its own name.");
        }

        if (variants.All(v => v.Name != ExperimentVariant.BaselineName))
        {
            variants.Insert(0, ExperimentVariant.Baseline);
        }

        var spec = new ExperimentSpec
        {
            Protocols = Axis(Protocols, Loaded?.Protocols, defaultProtocol),
            Variants = variants,
            Scenarios = Axis(Scenarios, Loaded?.Scenarios, ExperimentCell.NoScenario),
            Briefs = Paths(Briefs, Loaded?.Briefs),
            Firms = Paths(Firms, Loaded?.Firms),
            Seeds = seeds,
        };
        return problems.Count > 0 ? null : spec;
    }

    private static IReadOnlyList<string> Axis(string? option, IReadOnlyList<string>? file, string fallback)
    {
        var values = option is not null ? ExperimentAxes.List(option) : file ?? [];
        return values.Count == 0 ? [fallback] : [.. values.Distinct(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<string?> Paths(string? option, IReadOnlyList<string>? file)
    {
        // Absolute, so experiment.json names the same files whatever the working directory (a NUL is left for the run's own check).
        var values = option is not null ? [.. ExperimentAxes.List(option).Select(p => p.Contains('\0', StringComparison.Ordinal) ? p : Path.GetFullPath(p))] : file ?? [];
        return values.Count == 0 ? [null] : [.. values.Distinct(StringComparer.Ordinal)];
    }
}
