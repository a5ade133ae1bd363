namespace NexusSim.Core.Authority;

/// <summary>
/// One attempt to perform a state-changing action, asked of <see cref="AuthorityPolicy"/> before the
/// action's body runs.
/// </summary>
/// <param name="ActorId">Who acts: taken from the turn, never from the model's function arguments.</param>
/// <param name="Action">The action id as called (may be a name the firm does not declare).</param>
/// <param name="Facts">What the rules need to know about the attempt, filled from engagement state.</param>
public sealed record ActionRequest(string ActorId, string Action, ActionFacts Facts);
