namespace NexusSim.Core.Protocols;

/// <summary>One attempted action: allowed and executed, or denied with the reason the caller saw.</summary>
/// <param name="Actor">Who acted (from the turn).</param>
/// <param name="Action">Action id (or the unknown name a model asked for).</param>
/// <param name="Executed">True when the body ran.</param>
/// <param name="Result">What the caller (model or protocol) saw.</param>
/// <param name="RuleId">The rule that denied it, if denied.</param>
public sealed record ActionOutcome(string Actor, string Action, bool Executed, string Result, string? RuleId);
