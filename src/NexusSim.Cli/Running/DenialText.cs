using NexusSim.Agents.Actions;
using NexusSim.Core.Protocols;

namespace NexusSim.Cli.Running;

/// <summary>
/// What the live view prints after "denied" for an action that did not run: the result the caller saw,
/// without the words that repeat the label. A policy denial reaches the model as
/// <c>DENIED (rule): Denied: actor may not action (rule rule): detail</c>; the reader is told
/// <c>actor may not action (rule rule): detail</c>, the rule once and "denied" once.
/// </summary>
internal static class DenialText
{
    private const string ReasonPrefix = "Denied: ";

    public static string Of(ActionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = outcome.Result;
        foreach (var prefix in new[] { $"{AuthorityFilter.DeniedPrefix} ({outcome.RuleId}): ", $"{AuthorityFilter.DeniedPrefix}: " })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        return text.StartsWith(ReasonPrefix, StringComparison.Ordinal) ? text[ReasonPrefix.Length..] : text;
    }
}
