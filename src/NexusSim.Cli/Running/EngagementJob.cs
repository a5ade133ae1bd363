using NexusSim.Core.Approvals;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>A queued engagement and the promise of its result.</summary>
internal sealed record EngagementJob(ResolvedRun Run, IApprover Approver, IEngagementObserver Observer, CancellationToken CancellationToken)
{
    public TaskCompletionSource<EngagementResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
