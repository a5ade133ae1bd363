using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// How one deliverable walks its chain under a protocol: on which lane of the clock, with which chain (a protocol may hand a manager's work steps to others), and
/// what happens before its first review gate (a debate's critique).
/// </summary>
/// <param name="Lane">The lane of the simulated clock the walk runs on.</param>
internal sealed record ChainPass(string Lane)
{
    /// <summary>Rewrites the deliverable's chain before the walk, or null to use the manifest's.</summary>
    public Func<ChainDefinition, DeliverableState, ChainDefinition>? Chain { get; init; }

    /// <summary>Runs once before the first review step, with the deliverable's run; null for nothing.</summary>
    public Func<DeliverableRun, CancellationToken, Task>? BeforeReview { get; init; }

    /// <summary>True to stop the walk before the human's approval step (a protocol that integrates the work first).</summary>
    public bool StopBeforeApproval { get; init; }
}
