using Microsoft.SemanticKernel;
using NexusSim.Core.Authority;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;
using NexusSim.Core.Protocols;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The one choke point: every invocation of a firm action — a model's tool call or a protocol acting
/// for an actor — passes here before its body runs. A denial becomes the function's result with the
/// reason (the model sees it), an audit entry, and an escalation where the manifest says so. It holds
/// no engagement: it guards the engagement of the kernel the action runs on
/// (<see cref="EngagementRuntime.From"/>), so one filter serves every engagement of a container.
/// </summary>
public sealed class AuthorityFilter : IFunctionInvocationFilter
{
    /// <summary>Prefix of a denied action's result.</summary>
    public const string DeniedPrefix = "DENIED";

    /// <summary>Prefix of a result refused for bad arguments.</summary>
    public const string InvalidPrefix = "INVALID ARGUMENTS";

    /// <inheritdoc />
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Function.PluginName != FirmActionPlugin.Name)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var runtime = EngagementRuntime.From(context.Kernel);
        var scope = TurnScope.From(context.Kernel);
        var action = context.Function.Name;
        var arguments = ArgumentMap.From(context.Arguments);
        try
        {
            var decision = runtime.Guard.Check(scope.ActorId, action, arguments);
            if (!decision.Allowed && runtime.Manifest.AuthorityMode == AuthorityMode.RecordOnly)
            {
                // A governance variant's control: what would be denied is counted and audited, then runs.
                runtime.Metrics.AddWouldBeDenied();
                scope.Recorder.Record(scope.ActorId, action, "would_be_denied", decision.Reason, Subject(arguments), new Dictionary<string, string>(StringComparer.Ordinal) { ["rule"] = decision.RuleId ?? "policy" });
            }
            else if (!decision.Allowed)
            {
                Deny(runtime, context, scope, action, arguments, decision);
                return;
            }

            await next(context).ConfigureAwait(false);
            var text = context.Result.GetValue<string>() ?? string.Empty;
            runtime.Metrics.AddToolCall(failed: false);
            scope.Add(ActionOutcome.Ran(scope.ActorId, action, text, decision.RuleId));
        }
        catch (ActionArgumentException ex)
        {
            // The reader is told what the caller was: the label says what kind of refusal it was.
            var text = $"{InvalidPrefix}: {ex.Message} Nothing was changed; call {action} again with valid arguments.";
            Refuse(runtime, context, scope, action, text, "invalid_arguments", ex.Message, text);
        }
        catch (UnauthorizedActionException ex)
        {
            Refuse(runtime, context, scope, action, $"{DeniedPrefix}: {ex.Message}", "denied", ex.Message, ex.Message);
        }
    }

    private static void Deny(EngagementRuntime runtime, FunctionInvocationContext context, TurnScope scope, string action, Dictionary<string, object?> arguments, PolicyDecision decision)
    {
        var subject = Subject(arguments);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["rule"] = decision.RuleId ?? "policy" };
        scope.Recorder.Record(scope.ActorId, action, "denied", decision.Reason, subject, data);
        var denial = new DeniedAction(scope.ActorId, action, decision.Reason, decision.RuleId, scope.TurnId);
        runtime.Metrics.AddDenial();
        var text = $"{DeniedPrefix} ({decision.RuleId}): {decision.Reason}";
        var told = decision.Statement ?? decision.Reason;
        if (runtime.Manifest.Escalation.OnDenial && decision.EscalateTo is { } to)
        {
            var reason = $"{scope.ActorId} attempted {action} and was denied: {decision.Reason}";
            runtime.Actions.RecordDenial(denial, new EscalationRecord(scope.ActorId, to, subject ?? action, reason, [], decision.Reason, runtime.Manifest.Escalation.Options));
            scope.Recorder.Record(scope.ActorId, "escalate", "escalated", reason, subject ?? action, data, to);
            var escalated = $" The request was escalated to {to}.";
            text += escalated;
            told += escalated;
        }
        else
        {
            runtime.Actions.RecordDenial(denial, null);
        }

        runtime.Metrics.AddToolCall(failed: true);
        context.Result = new FunctionResult(context.Function, text);
        scope.Add(ActionOutcome.Refused(scope.ActorId, action, text, told, decision.RuleId));
    }

    private static void Refuse(EngagementRuntime runtime, FunctionInvocationContext context, TurnScope scope, string action, string text, string outcome, string reason, string told)
    {
        scope.Recorder.Record(scope.ActorId, action, outcome, reason);
        runtime.Metrics.AddToolCall(failed: true);
        context.Result = new FunctionResult(context.Function, text);
        scope.Add(ActionOutcome.Refused(scope.ActorId, action, text, told, null));
    }

    private static string? Subject(Dictionary<string, object?> arguments) =>
        arguments.TryGetValue(ActionArgs.DeliverableId, out var id) && id is not null ? Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)
        : arguments.TryGetValue(ActionArgs.Subject, out var subject) && subject is not null ? Convert.ToString(subject, System.Globalization.CultureInfo.InvariantCulture)
        : null;
}
