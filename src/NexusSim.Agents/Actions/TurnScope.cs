using Microsoft.SemanticKernel;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Actions;

/// <summary>
/// Who is acting, in which turn, recording where. It travels in the Kernel the turn runs on
/// (<see cref="Kernel.Data"/>: the actor's turn kernel while the turn holds it, or a per-turn clone),
/// so the acting actor comes from the turn, never from a tool call's arguments.
/// </summary>
public sealed class TurnScope
{
    /// <summary>The key under which the scope sits in <see cref="Kernel.Data"/>.</summary>
    public const string DataKey = "nexussim.turn";

    private readonly object _sync = new();
    private readonly List<ActionOutcome> _outcomes = [];

    /// <summary>A scope for <paramref name="actorId"/> in <paramref name="turnId"/>.</summary>
    public TurnScope(string actorId, string turnId, StepRecorder recorder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(turnId);
        ArgumentNullException.ThrowIfNull(recorder);
        ActorId = actorId;
        TurnId = turnId;
        Recorder = recorder;
    }

    /// <summary>The acting actor.</summary>
    public string ActorId { get; }

    /// <summary>The turn (journal step key).</summary>
    public string TurnId { get; }

    /// <summary>Where the turn's audit events and artifacts go.</summary>
    public StepRecorder Recorder { get; }

    /// <summary>Every action attempted in the turn, in order.</summary>
    public IReadOnlyList<ActionOutcome> Outcomes
    {
        get
        {
            lock (_sync)
            {
                return [.. _outcomes];
            }
        }
    }

    /// <summary>The scope of the turn <paramref name="kernel"/> was cloned for.</summary>
    /// <exception cref="InvalidOperationException">The kernel carries no turn (an action invoked outside a turn).</exception>
    public static TurnScope From(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.Data.TryGetValue(DataKey, out var value) && value is TurnScope scope
            ? scope
            : throw new InvalidOperationException("A firm action was invoked outside a turn: the kernel carries no acting actor.");
    }

    /// <summary>Adds an attempted action.</summary>
    public void Add(ActionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_sync)
        {
            _outcomes.Add(outcome);
        }
    }
}
