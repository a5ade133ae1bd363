using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>How a run ended and where its outputs are.</summary>
internal sealed record EngagementResult(string RunDirectory, RunSummary Summary, int ExitCode)
{
    /// <summary>True when this run did not complete and a completed run of the same id was kept in its place.</summary>
    public bool KeptCompletedRun { get; init; }

    /// <summary>When the run paused as awaiting_approval: which decision is missing and how to give it.</summary>
    public string? PendingDecision { get; init; }

    /// <summary>When the run ended provider_failed: why, one line, with the API key redacted.</summary>
    public string? ProviderFailure { get; init; }
}
