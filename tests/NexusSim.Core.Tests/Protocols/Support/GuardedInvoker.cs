using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Protocols;

namespace NexusSim.Core.Tests.Protocols.Support;

/// <summary>The choke point without Semantic Kernel: the guard decides, then the action body runs.</summary>
internal sealed class GuardedInvoker(EngagementState state, AuthorityPolicy policy) : IActionInvoker
{
    private readonly ActionGuard _guard = new(state, policy);
    private readonly EngagementActions _actions = new(state);

    public Task<ActionOutcome> InvokeAsync(string actorId, string action, IReadOnlyDictionary<string, object?> arguments, StepRecorder recorder, CancellationToken cancellationToken)
    {
        var decision = _guard.Check(actorId, action, arguments);
        if (!decision.Allowed)
        {
            return Task.FromResult(ActionOutcome.Refused(actorId, action, "denied: " + decision.Reason, decision.Statement ?? decision.Reason, decision.RuleId));
        }

        try
        {
            return Task.FromResult(ActionOutcome.Ran(actorId, action, _actions.Execute(new ActionCall(actorId, action, arguments, recorder)), null));
        }
        catch (ActionArgumentException ex)
        {
            return Task.FromResult(ActionOutcome.Refused(actorId, action, "invalid: " + ex.Message, ex.Message, null));
        }
    }
}
