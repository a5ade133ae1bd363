using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Running;

/// <summary>The run's status word in summary.json and the journal.</summary>
internal static class RunStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Incomplete = "incomplete";
    public const string Declined = "declined";
    public const string Interrupted = "interrupted";
    public const string TurnLimit = "turn_limit";
    public const string ProviderFailed = "provider_failed";

    /// <summary>completed when every deliverable reached the client; declined when nobody accepted; otherwise incomplete.</summary>
    public static string Of(EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.AcceptedBy is null)
        {
            return Declined;
        }

        return state.Deliverables.All(d => d.Status == DeliverableStatus.Released) ? Completed : Incomplete;
    }
}
