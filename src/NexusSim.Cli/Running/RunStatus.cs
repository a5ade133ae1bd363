using NexusSim.Core.Engagements;

namespace NexusSim.Cli.Running;

/// <summary>The run's status word in summary.json and the journal.</summary>
internal static class RunStatus
{
    public const string Running = "running";
    public const string Completed = RunOutcome.Completed;
    public const string Incomplete = RunOutcome.Incomplete;
    public const string Declined = RunOutcome.Declined;
    public const string Interrupted = "interrupted";
    public const string TurnLimit = "turn_limit";
    public const string ProviderFailed = "provider_failed";

    /// <summary>The rules live in Core (<see cref="RunOutcome"/>): completed, incomplete or declined.</summary>
    public static string Of(EngagementState state) => RunOutcome.Of(state);
}
