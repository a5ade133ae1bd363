using NexusSim.Core.Metrics;

namespace NexusSim.Cli.Running;

/// <summary>How a run ended and where its outputs are.</summary>
internal sealed record EngagementResult(string RunDirectory, RunSummary Summary, int ExitCode);
