using NexusSim.Agents.Prompts;
using NexusSim.Core.Briefs;
using NexusSim.Core.Manifest;

namespace NexusSim.Cli.Running;

/// <summary>A run whose every input has been read and checked: nothing is written before this exists.</summary>
internal sealed record ResolvedRun(
    string RunId,
    FirmManifest Manifest,
    Brief Brief,
    ServiceLine ServiceLine,
    ulong Seed,
    string Protocol,
    string Approver,
    string Provider,
    bool Faults,
    string OutDirectory,
    PromptLibrary Prompts)
{
    /// <summary>Every configuration value the run reads that can change its outcome, by key (see <see cref="Records.RunSettings"/>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The governance variant's settings applied to the manifest (--overlay, --set), in order; empty for none.</summary>
    public IReadOnlyList<string> Governance { get; init; } = [];

    /// <summary>The stub reviewer's fallibility a governance variant set, or null for the configured one.</summary>
    public double? ReviewerFallibility { get; init; }

    /// <summary>The careful stub reviewer's catch rate a governance variant set (<c>reviewer.catch_rate</c>), or null for the configured one.</summary>
    public double? ReviewerCatchRate { get; init; }

    /// <summary>The approving human's catch rate a governance variant set (<c>human.catch_rate</c>), or null for the configured one.</summary>
    public double? HumanCatchRate { get; init; }

    /// <summary>The stub authors' terminology-drift rate a governance variant or scenario set, or null.</summary>
    public double? StubInconsistentTerm { get; init; }

    /// <summary>The stub agents' rate of unauthorized attempts a governance variant or scenario set, or null.</summary>
    public double? StubUnauthorizedAttempt { get; init; }

    /// <summary>What the stub's intake quote is of the brief's fee (pricing drift), or null for the fee itself.</summary>
    public decimal? StubQuoteFactor { get; init; }

    /// <summary>Where the finished run lives.</summary>
    public string RunDirectory => Path.Combine(OutDirectory, RunId);
}
