namespace NexusSim.Agents.Prompts;

/// <summary>One part of a turn's user prompt, as <see cref="ContextWindow"/> keeps or cuts it.</summary>
/// <param name="Kind">What the part is: <c>card</c>, <c>template</c>, <c>brief</c>, <c>gate</c>, <c>handoff</c>, <c>feedback</c>, <c>released</c>, <c>artifact</c>, <c>history</c> or <c>closing</c>.</param>
/// <param name="Text">The part's text, exactly as the prompt carries it.</param>
public sealed record PromptPart(string Kind, string Text)
{
    /// <summary>The task card's part: never cut (the model cannot tell what to do without it).</summary>
    public const string Card = "card";

    /// <summary>The closing instruction (the handoff fields): never cut.</summary>
    public const string Closing = "closing";

    /// <summary>The datamarked brief: the facts of the client.</summary>
    public const string Brief = "brief";

    /// <summary>An artifact of another deliverable, or the engagement's history (the group chat).</summary>
    public const string History = "history";

    /// <summary>Whether the part is never cut.</summary>
    public bool Pinned => Kind is Card or Closing;
}
