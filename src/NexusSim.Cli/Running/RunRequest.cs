namespace NexusSim.Cli.Running;

/// <summary>What the user asked `run` for; null means "the default".</summary>
internal sealed record RunRequest
{
    public string? BriefPath { get; init; }

    public string? ServiceLine { get; init; }

    public ulong? Seed { get; init; }

    public string? Protocol { get; init; }

    public string? Approver { get; init; }

    public string? OutDirectory { get; init; }

    public string? Provider { get; init; }

    public string? ManifestPath { get; init; }

    public string? RunId { get; init; }

    public bool Faults { get; init; }

    public bool Quiet { get; init; }

    /// <summary>Governance overlay files applied to the manifest in order (--overlay).</summary>
    public IReadOnlyList<string> Overlays { get; init; } = [];

    /// <summary>Governance settings as key=value, applied after the overlays (--set).</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Where each of <see cref="Sets"/> was written, for its errors ("--variant ungoverned, item 2"); "--set #n" when absent.</summary>
    public IReadOnlyList<string>? SetLabels { get; init; }

    /// <summary>Failure-mode scenarios (--scenario NAME or NAME:uncaught), applied before the --set pairs.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>A file for every log event as compact JSON (--log-file), or null.</summary>
    public string? LogFile { get; init; }
}
