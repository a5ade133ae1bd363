namespace NexusSim.Core.Engagements;

/// <summary>
/// Roles a protocol gives actors for one engagement, on top of the manifest's grants: a manager who
/// only delegates may not do the workers' task (submit a version of a deliverable: drafting,
/// editing), whatever its grants say; judging at a gate it owns and signing off stay its work. The authority check reads them; a protocol can only add to them.
/// </summary>
public sealed class ProtocolRoles
{
    /// <summary>The rule id of a denial for doing a worker's task.</summary>
    public const string DelegateOnlyRule = "delegate_only";

    private readonly HashSet<string> _delegateOnly = new(StringComparer.Ordinal);
    private readonly object _sync = new();

    /// <summary>The actions that are workers' tasks.</summary>
    public static IReadOnlyList<string> WorkerActions { get; } = [Manifest.ActionIds.SubmitDeliverable];

    /// <summary>Makes <paramref name="actorId"/> a manager who only delegates for the rest of the engagement.</summary>
    internal void MarkDelegateOnly(string actorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        lock (_sync)
        {
            _delegateOnly.Add(actorId);
        }
    }

    /// <summary>True when <paramref name="actorId"/> only delegates and <paramref name="action"/> is a worker's task.</summary>
    public bool Forbids(string actorId, string action)
    {
        lock (_sync)
        {
            return _delegateOnly.Contains(actorId) && WorkerActions.Contains(action, StringComparer.Ordinal);
        }
    }
}
