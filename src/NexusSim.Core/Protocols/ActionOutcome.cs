namespace NexusSim.Core.Protocols;

/// <summary>
/// One attempted action: allowed and executed, or not run with the text the caller saw and, apart
/// from it, the reason a reader is told.
/// </summary>
/// <param name="Actor">Who acted (from the turn).</param>
/// <param name="Action">Action id (or the unknown name a model asked for).</param>
/// <param name="Executed">True when the body ran.</param>
/// <param name="Result">What the caller (model or protocol) saw, labels and all.</param>
/// <param name="RuleId">The rule that denied it, if denied.</param>
/// <param name="Reason">
/// For an action that did not run, why, in the words a reader of the run is shown (the live view):
/// set where the action is refused, not derived from <paramref name="Result"/>. Null when it ran.
/// </param>
public sealed record ActionOutcome(string Actor, string Action, bool Executed, string Result, string? RuleId, string? Reason)
{
    /// <summary>Why the action did not run, as a reader is told it; null when it ran.</summary>
    public string? Reason { get; init; } = Executed || !string.IsNullOrWhiteSpace(Reason)
        ? Reason
        : throw new ArgumentException("An action that did not run carries the reason a reader is told.", nameof(Reason));

    /// <summary>An action that ran and returned <paramref name="result"/>.</summary>
    public static ActionOutcome Ran(string actor, string action, string result, string? ruleId) => new(actor, action, true, result, ruleId, null);

    /// <summary>An action that did not run: the caller saw <paramref name="result"/>, a reader is told <paramref name="reason"/>.</summary>
    public static ActionOutcome Refused(string actor, string action, string result, string reason, string? ruleId) => new(actor, action, false, result, ruleId, reason);
}
