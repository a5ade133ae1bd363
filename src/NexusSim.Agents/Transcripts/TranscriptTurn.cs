namespace NexusSim.Agents.Transcripts;

/// <summary>
/// The turn the current async flow is running (step key and actor), for the transcript. Set by
/// <see cref="TranscriptTurnRunner"/> around each turn; it flows into every model call the turn makes.
/// </summary>
public static class TranscriptTurn
{
    private static readonly AsyncLocal<(string Step, string Actor)?> CurrentTurn = new();

    /// <summary>The current turn, or null outside a turn.</summary>
    public static (string Step, string Actor)? Current => CurrentTurn.Value;

    /// <summary>Marks the rest of the current async flow as <paramref name="step"/> by <paramref name="actor"/>.</summary>
    public static void Enter(string step, string actor) => CurrentTurn.Value = (step, actor);
}
