using NexusSim.Core.Engagements;

namespace NexusSim.Core.Protocols;

/// <summary>
/// What each turn is shown. Scoped context (the default) sends a turn only what its task needs;
/// a governance variant with <c>context.scope=history</c> (the <c>context_overflow</c> scenario with
/// its mechanism off) sends every turn the whole history as well, as the group chat does.
/// </summary>
public static class ContextScope
{
    /// <summary><paramref name="turns"/>, wrapped to add the whole history when the manifest's context policy asks for it.</summary>
    public static IAgentTurnRunner Wrap(IAgentTurnRunner turns, EngagementState state)
    {
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(state);
        return state.Manifest.Context.WholeHistory && turns is not BroadcastTurnRunner ? new BroadcastTurnRunner(turns, state) : turns;
    }
}
