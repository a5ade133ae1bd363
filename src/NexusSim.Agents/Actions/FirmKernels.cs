using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Actions;

/// <summary>
/// One Kernel per actor of the firm, each carrying the firm's action plugin and the authority
/// filter (and, for agents, the chat client of its model tier). A model turn runs on the actor's turn
/// kernel (a clone made once, with its tools built once; see <see cref="Lease"/>) holding the turn's
/// <see cref="TurnScope"/> for the turn's duration; an action invoked directly runs on a clone that
/// holds it (<see cref="ForTurn"/>).
/// </summary>
public sealed class FirmKernels
{
    private readonly Dictionary<string, Kernel> _kernels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorTurnKernel> _turnKernels = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds a kernel for every actor; <paramref name="chatClientForTier"/> gives the chat client of
    /// a model tier; <paramref name="loggerFactory"/>, when given, is Semantic Kernel's logger factory;
    /// <paramref name="plugins"/> holds the firm's action plugin (the container's, shared by its
    /// engagements; built for this engagement alone when not given).
    /// </summary>
    public FirmKernels(EngagementRuntime runtime, Func<string, IChatClient>? chatClientForTier, IFunctionInvocationFilter? authorityFilter = null, ILoggerFactory? loggerFactory = null, FirmPlugins? plugins = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        Runtime = runtime;
        var plugin = (plugins ?? new FirmPlugins()).For(runtime.Manifest);
        var filter = authorityFilter ?? new AuthorityFilter(runtime);
        foreach (var actor in runtime.Manifest.Actors)
        {
            var actorPlugin = runtime.Manifest.ToolScope == ToolScope.Granted ? FirmActionPlugin.Granted(plugin, runtime.Manifest, actor.Id) : plugin;
            var chatClient = chatClientForTier is not null && actor.Tier is { } tier ? chatClientForTier(tier) : null;
            var kernel = new Kernel(new KernelServices(chatClient, loggerFactory), new KernelPluginCollection([actorPlugin]));
            kernel.Data[EngagementRuntime.DataKey] = runtime;
            kernel.FunctionInvocationFilters.Add(filter);
            _kernels[actor.Id] = kernel;
            _turnKernels[actor.Id] = new ActorTurnKernel(kernel.Clone());
        }
    }

    /// <summary>The engagement the kernels act on.</summary>
    public EngagementRuntime Runtime { get; }

    /// <summary>A clone of <paramref name="actorId"/>'s kernel scoped to one turn.</summary>
    public (Kernel Kernel, TurnScope Scope) ForTurn(string actorId, string turnId, StepRecorder recorder)
    {
        if (!_kernels.TryGetValue(actorId, out var kernel))
        {
            throw new KeyNotFoundException($"'{actorId}' is not an actor of {Runtime.Manifest.Firm.Name}.");
        }

        var scope = new TurnScope(actorId, turnId, recorder);
        var clone = kernel.Clone();
        clone.Data[TurnScope.DataKey] = scope;
        return (clone, scope);
    }

    /// <summary>
    /// <paramref name="actorId"/>'s turn kernel scoped to one turn, with the turn's chat options: the tools
    /// are built once per actor and reused by its turns. A turn of the actor that starts while another
    /// holds the kernel gets a clone and options of its own (as <see cref="ForTurn"/>). Dispose the lease
    /// when the turn ends.
    /// </summary>
    internal TurnLease Lease(string actorId, string turnId, StepRecorder recorder)
    {
        if (!_turnKernels.TryGetValue(actorId, out var turnKernel))
        {
            throw new KeyNotFoundException($"'{actorId}' is not an actor of {Runtime.Manifest.Firm.Name}.");
        }

        var scope = new TurnScope(actorId, turnId, recorder);
        if (turnKernel.TryTake(scope) is { } lease)
        {
            return lease;
        }

        var (clone, own) = ForTurn(actorId, turnId, recorder);
        return new TurnLease(clone, own, ActorTurnKernel.OptionsFor(clone), () => clone.GetRequiredService<IChatClient>(), null);
    }
}
