using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Metrics;

namespace NexusSim.Agents.Actions;

/// <summary>The engagement the firm's actions work on: its state, the policy guard, the action bodies and the run's counters.</summary>
public sealed class EngagementRuntime
{
    /// <summary>The key under which the runtime sits in the <see cref="Microsoft.SemanticKernel.Kernel.Data"/> of its firm's kernels.</summary>
    public const string DataKey = "nexussim.engagement";

    /// <summary>A runtime over <paramref name="state"/>.</summary>
    public EngagementRuntime(EngagementState state, RunMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(metrics);
        State = state;
        Metrics = metrics;
        Guard = new ActionGuard(state, new AuthorityPolicy(state.Manifest));
        Actions = new EngagementActions(state);
    }

    /// <summary>The engagement.</summary>
    public EngagementState State { get; }

    /// <summary>The firm.</summary>
    public FirmManifest Manifest => State.Manifest;

    /// <summary>The run's counters.</summary>
    public RunMetrics Metrics { get; }

    /// <summary>Asks the policy engine.</summary>
    public ActionGuard Guard { get; }

    /// <summary>The action bodies.</summary>
    public EngagementActions Actions { get; }

    /// <summary>The engagement <paramref name="kernel"/> belongs to (see <see cref="FirmKernels"/>).</summary>
    /// <exception cref="InvalidOperationException">The kernel is not one of an engagement's firm kernels.</exception>
    public static EngagementRuntime From(Microsoft.SemanticKernel.Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Data.TryGetValue(DataKey, out var value) && value is EngagementRuntime runtime
            ? runtime
            : throw new InvalidOperationException("A firm action was invoked on a kernel of no engagement.");
    }
}
