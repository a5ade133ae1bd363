using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using NexusSim.Core.Engagements;
using NexusSim.Core.Manifest;

namespace NexusSim.Agents.Actions;

/// <summary>
/// One Kernel per actor of the firm, each carrying the firm's action plugin and the authority
/// filter (and, for agents, the chat client of its model tier). A model turn runs on one of the actor's
/// turn kernels, shared with the container's other engagements and carrying this engagement and the
/// turn's <see cref="TurnScope"/> while the turn lasts (see <see cref="Lease"/>); an action invoked
/// directly runs on a clone of the actor's kernel that holds them (<see cref="ForTurn"/>).
/// </summary>
public sealed class FirmKernels
{
    private readonly Dictionary<string, Kernel> _kernels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TurnKernelPool Pool, Func<IChatClient> ChatClient)> _turnKernels = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds a kernel for every actor; <paramref name="chatClientForTier"/> gives the chat client of
    /// a model tier; <paramref name="loggerFactory"/>, when given, is Semantic Kernel's logger factory;
    /// <paramref name="plugins"/> holds the firm's action plugin, the authority filter and the actors'
    /// turn kernels (the container's, shared by its engagements; this engagement's alone when not
    /// given). <paramref name="authorityFilter"/> replaces the authority filter (for tests of the
    /// defence behind it).
    /// </summary>
    public FirmKernels(EngagementRuntime runtime, Func<string, IChatClient>? chatClientForTier, IFunctionInvocationFilter? authorityFilter = null, ILoggerFactory? loggerFactory = null, FirmPlugins? plugins = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        Runtime = runtime;
        plugins ??= new FirmPlugins();
        var filter = authorityFilter ?? plugins.AuthorityFilter;
        foreach (var actor in runtime.Manifest.Actors)
        {
            var chatClient = chatClientForTier is not null && actor.Tier is { } tier ? chatClientForTier(tier) : null;
            var kernel = new Kernel(new KernelServices(chatClient, loggerFactory), new KernelPluginCollection([plugins.ActorPlugin(runtime.Manifest, actor.Id)]));
            kernel.Data[EngagementRuntime.DataKey] = runtime;
            kernel.FunctionInvocationFilters.Add(filter);
            _kernels[actor.Id] = kernel;
            var actorId = actor.Id;
            _turnKernels[actor.Id] = (plugins.TurnKernels(runtime.Manifest, actor.Id, filter, loggerFactory),
                chatClient is not null ? () => chatClient : () => throw new InvalidOperationException($"{actorId} has no model tier and takes no model turns."));
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
    /// One of <paramref name="actorId"/>'s turn kernels, carrying this engagement and the turn, with its chat
    /// options (tools built once per kernel, not per turn) and the chat client of the actor's tier. A
    /// turn of the actor that starts while others hold every turn kernel gets a new one. Dispose the
    /// lease when the turn ends.
    /// </summary>
    internal TurnLease Lease(string actorId, string turnId, StepRecorder recorder)
    {
        if (!_turnKernels.TryGetValue(actorId, out var turnKernels))
        {
            throw new KeyNotFoundException($"'{actorId}' is not an actor of {Runtime.Manifest.Firm.Name}.");
        }

        return turnKernels.Pool.Take(Runtime, new TurnScope(actorId, turnId, recorder), turnKernels.ChatClient);
    }
}
