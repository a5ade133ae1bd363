using Microsoft.SemanticKernel;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Actions;

/// <summary>
/// The firm's action plugin: one KernelFunction per action the manifest declares. Each body checks
/// the policy once more before it runs (defence in depth behind <see cref="AuthorityFilter"/>): a body
/// reached without authorization is counted as <c>unauthorized_executed</c>, audited and refused. The
/// functions hold no engagement: a body acts on the engagement of the kernel it runs on
/// (<see cref="EngagementRuntime.From"/>) for the turn that kernel carries, so one plugin serves every
/// engagement of a firm (<see cref="FirmPlugins"/>).
/// </summary>
public static class FirmActionPlugin
{
    /// <summary>The plugin's name (tool names are <c>firm_&lt;action&gt;</c>, or <c>firm-&lt;action&gt;</c> per connector).</summary>
    public const string Name = "firm";

    /// <summary>Builds the plugin for <paramref name="manifest"/>'s firm.</summary>
    public static KernelPlugin Create(FirmManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var functions = manifest.Actions
            .Select(action => CreateFunction(action.Id, action.Description))
            .ToList();
        return KernelPluginFactory.CreateFromFunctions(Name, $"Actions of {manifest.Firm.Name}. You act as yourself; the firm knows who you are.", functions);
    }

    /// <summary>
    /// The part of <paramref name="plugin"/> a grant of <paramref name="manifest"/> gives <paramref name="actorId"/>
    /// (the <c>tools=granted</c> variant): its kernel offers these and knows no other action.
    /// </summary>
    public static KernelPlugin Granted(KernelPlugin plugin, FirmManifest manifest, string actorId)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(manifest);
        var granted = manifest.Grants.Where(g => g.Actors.Contains(actorId, StringComparer.Ordinal)).Select(g => g.Action).ToHashSet(StringComparer.Ordinal);
        return KernelPluginFactory.CreateFromFunctions(plugin.Name, plugin.Description, plugin.Where(f => granted.Contains(f.Name)));
    }

    private static KernelFunction CreateFunction(string actionId, string description)
    {
        var parameters = ActionCatalog.For(actionId)
            .Select(p => new KernelParameterMetadata(p.Name) { Description = p.Description, ParameterType = p.Type, IsRequired = p.Required })
            .ToList();
        return KernelFunctionFactory.CreateFromMethod(
            (Kernel kernel, KernelArguments arguments) => Execute(EngagementRuntime.From(kernel), actionId, TurnScope.From(kernel), arguments),
            actionId,
            description,
            parameters,
            new KernelReturnParameterMetadata { ParameterType = typeof(string), Description = "What happened, or why the action was refused." });
    }

    private static string Execute(EngagementRuntime runtime, string actionId, TurnScope scope, KernelArguments arguments)
    {
        var map = ArgumentMap.From(arguments);
        var decision = runtime.Guard.Check(scope.ActorId, actionId, map);
        if (!decision.Allowed && runtime.Manifest.AuthorityMode == AuthorityMode.RecordOnly)
        {
            // Record-only authority: the filter counted it as would-be-denied; it runs, and is counted as executed without authorization.
            runtime.Metrics.AddUnauthorizedExecuted();
        }
        else if (!decision.Allowed)
        {
            runtime.Metrics.AddUnauthorizedExecuted();
            scope.Recorder.Record(scope.ActorId, actionId, "blocked_in_body", $"Reached the action body without authorization: {decision.Reason}");
            throw new UnauthorizedActionException(actionId, scope.ActorId, decision.Reason);
        }

        return runtime.Actions.Execute(new ActionCall(scope.ActorId, actionId, map, scope.Recorder));
    }
}
